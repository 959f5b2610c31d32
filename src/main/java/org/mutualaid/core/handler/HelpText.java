package org.mutualaid.core.handler;

import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.command.PlainAnswers;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.platform.Message;

/** The words members read when they ask how the bot works. Short, plain, no jargon. */
public final class HelpText {

    private static final String GROUP_PART = """
            I help this group keep track of who needs what and who can help.
            /need groceries for 2 this week: ask for help
            /offer I can drive on Saturdays: offer help
            /list: see what is open (/list needs, /list offers #food)
            /claim 12: "I can help with #12" or "I'll take offer #12"
            /done 12: it's sorted. /unclaim 12: you can't help after all
            /cancel 12: withdraw your own post. /reopen 12: open it again
            /nomatch 12 3: #3 is no match for your post #12, so I stop suggesting it
            /mine: your open posts""";

    /** Shown only to coordinators, below the rest: members need not wade through it. */
    private static final String COORDINATOR_PART = """
            For you as a coordinator:
            /settings: this group's settings, and how to change them
            /close 12: close any post. /reopen 12: open it again. /unclaim 12: free a stalled claim
            /digest: today's digest, now. /stats: the last 7 and 30 days (both work in our private chat too)
            /synonym lumber repairs: teach me a word of this group
            /export, in our private chat: the posts as a spreadsheet
            /wipe: erase everything I hold about this group""";

    private HelpText() {}

    /**
     * The one line for words in a private chat that are not a command: what the member can do
     * instead. relayNumber: the post of their latest conversation through the bot, or null.
     * Thanks are answered warmly, and a question about a post gone or changed with where to look.
     */
    public static Message plainWords(Integer relayNumber, boolean nothingTyped, String text) {
        return plainWords(relayNumber, nothingTyped, text, java.util.Optional.empty());
    }

    /**
     * The same; waiting: a line on the member's need still open, put before the apology of the usual
     * line, which reads cold to someone waiting (thanks and yeses are answered as they are).
     */
    public static Message plainWords(Integer relayNumber, boolean nothingTyped, String text, java.util.Optional<String> waiting) {
        String relay = relayNumber == null ? "" : "/reply " + relayNumber + " and your message passes it on about #" + relayNumber + ". ";
        if (!nothingTyped && PlainAnswers.thanks(text) && relayNumber != null && text.contains("?")) {
            // "thank you so much. is it near the station?" is meant for the one helping, not for the bot
            return Message.of("I don't pass messages on by myself. To send this to them: /reply " + relayNumber + " " + text.strip());
        }
        if (!nothingTyped && PlainAnswers.thanks(text)) {
            // "tell them in your group" would show the group whose nameless post it was; a plain "thank you" may come
            // before any help has, so only thanks for help are met with gladness that it came
            return Message.of((PlainAnswers.justThanks(text) ? "You're welcome! " : "Glad to hear it! ") + "I don't pass messages on by myself. "
                    + relay + "When help has come, /done and the post's number marks it done; /mine shows your posts.");
        }
        if (!nothingTyped && relayNumber != null && PlainAnswers.beginsWithYes(text)) {
            // "yes share" to "Shall I give them your contact?"
            // only a post's author is asked whether to share their contact
            return Message.of("To write to them: /reply " + relayNumber + " and your message. If you posted #" + relayNumber
                    + ", /share " + relayNumber + " gives them your contact.");
        }
        if (!nothingTyped && PlainAnswers.outrightYes(text)) {
            // a yes with nothing waiting answers a question that asked for a command: "To go ahead, type /forget yes"
            return Message.of("I'm not sure what that yes is for, sorry. If I asked you to type something like /forget yes, "
                    + "please send it just as I showed it, with the slash. /help shows what I can do.");
        }
        if (!nothingTyped && TextRules.asksAboutAPost(text)) {
            return Message.of("I can't answer questions, sorry. /mine shows your open posts. A post that's gone was marked done or closed: "
                    + "if it was yours, /reopen and its number opens it again, or ask one of your group's coordinators. " + relay.trim());
        }
        String first = relayNumber != null
                ? "To pass a message on about #" + relayNumber + ", type /reply " + relayNumber + " and your message. "
                : "To ask your group for help without your name, type /need and what you need; to offer help, /offer and what you can do. ";
        // a voice message or a photo is often how someone not used to bots asks: they must hear it did not reach anyone
        return Message.of(waiting.map(w -> w + "\n").orElse("") + (nothingTyped ? "Sorry, I can only read typed words: photos, voice messages and stickers don't reach me or anyone else. "
                : "Sorry, I only understand commands. ") + first + "/help shows the rest.");
    }

    /** In a group, a link opens the private chat with /mine (on platforms that have such links); a coordinator there also reads what only coordinators can do. */
    public static Message help(boolean privateChat, boolean greeting, boolean coordinator) {
        return help(privateChat, greeting, coordinator, java.util.Optional.empty());
    }

    /** The same, where a greeting from someone whose need is waiting ("hello?") first says it is still open. */
    public static Message help(boolean privateChat, boolean greeting, boolean coordinator, java.util.Optional<String> waiting) {
        Message.Builder b = Message.builder();
        if (privateChat && greeting) {
            // "hi" or a first contact on a phone: a few lines to start with, not the whole list
            return b.line("Hello! " + waiting.orElse("I help your group keep track of who needs what and who can help."))
                    .line("Tell me here what you need, in your own words, and I'll ask before posting it in your group without your name.")
                    .line("/offer and your words: offer help")
                    .line("/mine: your posts")
                    .text("/help: everything I can do").build();
        }
        if (privateChat) {
            b.line("Hello! I work in your group's chat.").line(GROUP_PART)
                    .line("Here in private:")
                    .line("/need or /offer with your words: I post it in your group without your name")
                    .line("/mine: your open posts in every group")
                    .line("/claim 12, /unclaim 12, /done 12, /cancel 12 and /reopen 12 work here too, and the group is told as usual: "
                            + "a post with names shows both names, one asked here without a name shows none")
                    .line("/reply 12 your message: talk through me with whoever took up your post, without names; "
                            + "/share 12 gives them your contact, /endrelay 12 stops it")
                    .text("/forget: erase what I hold about you");
            if (coordinator) b.newline().text("For you as a coordinator: /list, /digest and /stats for your group, /close 12, /unclaim 12, "
                    + "and /export: its posts as a spreadsheet file");
            return b.build();
        }
        if (greeting) b.text("Hello! ");
        b.line(GROUP_PART)
                .botLink("Message me privately", CommandParser.START_MINE).text(" to see your posts in every group, or to ask for help without your name.");
        if (coordinator) b.newline().text(COORDINATOR_PART);
        return b.build();
    }
}
