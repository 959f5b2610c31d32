package org.mutualaid.core.command;

import org.mutualaid.core.model.PostKind;

/** What a member asked for, parsed and checked; handlers never see raw text. */
public sealed interface Command {

    /** /need or /offer with cleaned text. */
    record Publish(PostKind kind, String text) implements Command {}

    /** /list: kind and tag may be null; page counts from 1. */
    /** numbered: a number was typed (privately, for a coordinator of several groups, it chooses the group). */
    record ListPosts(PostKind kind, String tag, int page, boolean numbered) implements Command {
        public ListPosts(PostKind kind, String tag, int page) {
            this(kind, tag, page, page != 1);
        }
    }

    record Mine() implements Command {}

    /**
     * /claim, /unclaim, /done, /cancel and the like with a post number. group: typed in a private
     * chat after the number ("/claim 12 2"), the number of the group (YourGroups) the bot showed,
     * for a number that is open in more than one of them; null otherwise. reason: a coordinator's
     * words after /close's number ("duplicate of #7"), passed on to the author; empty otherwise.
     */
    record OnPost(PostAction action, int number, Integer group, String reason) implements Command {
        public OnPost(PostAction action, int number) {
            this(action, number, null, "");
        }

        public OnPost(PostAction action, int number, Integer group) {
            this(action, number, group, "");
        }
    }

    /** The "Not a match" button: stop suggesting post otherNumber for post postNumber. */
    record Dismiss(int postNumber, int otherNumber) implements Command {}

    /**
     * /post n, or its button, in a private chat: post the need or offer typed there in the n-th group
     * offered. stamp is the button's mark of which question it answers (seconds of its time); null when typed.
     */
    record ChooseGroup(int choice, Long stamp) implements Command {}

    /** /reply n text, in a private chat: a message to the other side of post n's relay. */
    /** conversation: the relay a quoted bot message named, when the member answered one; null for a typed /reply. */
    record Reply(int number, String text, Long conversation) implements Command {
        public Reply(int number, String text) {
            this(number, text, null);
        }
    }

    /**
     * /share n: the author of anonymous post n gives its helper their contact. group as in OnPost;
     * conversation: the relay its button was made for (null when typed).
     */
    record ShareContact(int number, Integer group, Long conversation) implements Command {
        public ShareContact(int number) {
            this(number, null, null);
        }
    }

    /** /endrelay n: either side stops the relay of post n; group and conversation as in ShareContact. */
    record EndRelay(int number, Integer group, Long conversation) implements Command {
        public EndRelay(int number) {
            this(number, null, null);
        }
    }

    /** /relays (and the link /start relay): the sender's open relays. */
    record Relays() implements Command {}

    /** /export [n]: a coordinator's CSV of their group's posts; n chooses among several groups. */
    record Export(Integer choice) implements Command {}

    /** /settings: show them (change null) or change one. */
    record Settings(SettingChange change) implements Command {}

    /** /synonym word meaning: in this chat, word counts as a category or reads as a known word (meaning); both null to list them. */
    record Synonym(String word, String meaning) implements Command {}

    /** /synonym remove word: the group's word is read again as the bot reads it everywhere. */
    record ForgetSynonym(String word) implements Command {}

    /** /forget (asks first) and /forget yes (does it): erase what the bot holds about the sender. */
    record Forget(boolean confirmed) implements Command {}

    /** /wipe (asks first) and /wipe erase everything (does it): erase all of a group's data. */
    record Wipe(boolean confirmed) implements Command {}

    /** /digest: today's digest, now; choice: in a private chat, which of the coordinator's groups (null: ask, if several). */
    record Digest(Integer choice) implements Command {
        public Digest() {
            this(null);
        }
    }

    /** /stats: counts for the last 7 and 30 days; choice as in Digest. */
    record Stats(Integer choice) implements Command {
        public Stats() {
            this(null);
        }
    }

    /** /coordinators: who they are. */
    record Coordinators() implements Command {}

    /** /help or /start. */
    record Help(boolean start) implements Command {}

    /** Something addressed to the bot that it cannot do; reply says what to do instead. */
    record Invalid(String reply) implements Command {}

    /** A command on one post typed without its number ("/done"): the bot asks which, naming the one it can see when there is one. */
    record WhichPost(PostAction action) implements Command {}

    /** A command name the bot does not know; prefix: the "/" or "!" it was typed with, to say it back as typed; rest: the words after it. */
    record Unknown(String name, char prefix, String rest) implements Command {
        public Unknown(String name) {
            this(name, '/', "");
        }

        public Unknown(String name, char prefix) {
            this(name, prefix, "");
        }
    }

    /** Not for this bot: plain chat, or a command addressed to another bot. */
    record Ignore() implements Command {}

    /**
     * Words in a private chat with the bot that it cannot use (not a command, nor an answer to its
     * relay message): everything there is said to the bot, so it says what it can do.
     */
    record PlainWords(boolean nothingTyped, String text) implements Command {}
}
