package org.mutualaid.core.handler;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.ChatSettings;
import org.mutualaid.core.model.FollowUpRules;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Message;

/** Everything a handler needs for one incoming message; what it says goes to the outbox in the same transaction. */
public final class Context {

    private final Transaction tx;
    private final Chat chat;
    private final Member sender;
    private final Incoming incoming;
    private final Instant now;
    private boolean pressAnswered;
    private boolean refused;
    /** For a command typed in a private chat about a group's post: the private chat's context; else null. */
    private final Context asker;

    private final FollowUpRules rules;
    /** Whose data this message's outbox rows carry; one for the contexts made from one message. */
    private final Subject subject;
    private final Departures departures;

    /**
     * Groups the platform said, just before this private command, that the sender is no longer in,
     * or no longer coordinates, though the bot had them stored so: already forgotten, named here so
     * the reply can say why.
     */
    public record Departures(java.util.List<Chat> left, java.util.List<Chat> noLongerCoordinating) {
        public static final Departures NONE = new Departures(java.util.List.of(), java.util.List.of());

        public Departures {
            left = java.util.List.copyOf(left);
            noLongerCoordinating = java.util.List.copyOf(noLongerCoordinating);
        }
    }

    private static final class Subject {
        Outbox.About about = Outbox.About.NOTHING;
    }

    public Context(Transaction tx, Chat chat, Member sender, Incoming incoming, Instant now, FollowUpRules rules) {
        this(tx, chat, sender, incoming, now, rules, Departures.NONE);
    }

    public Context(Transaction tx, Chat chat, Member sender, Incoming incoming, Instant now, FollowUpRules rules, Departures departures) {
        this(tx, chat, sender, incoming, now, rules, null, new Subject(), departures);
    }

    private Context(Transaction tx, Chat chat, Member sender, Incoming incoming, Instant now, FollowUpRules rules, Context asker,
                    Subject subject, Departures departures) {
        this.subject = subject;
        this.departures = departures;
        subject.about = new Outbox.About(plus(subject.about.chatIds(), chat.id()), subject.about.memberIds());
        this.rules = rules;
        this.tx = tx;
        this.chat = chat;
        this.sender = sender;
        this.incoming = incoming;
        this.now = now;
        this.asker = asker;
    }

    /**
     * The same message acting on a group from a private chat (an anonymous post, /done privately):
     * reply() announces in the group, while refusals and press answers go back to where it was asked.
     */
    public Context inGroup(Chat group) {
        return new Context(tx, group, sender, incoming, now, rules, asker(), subject, departures);
    }

    /**
     * What the outbox rows written for this message are about (Outbox.About): the chats acted in,
     * and the posts named with concerning(). /wipe and /forget erase rows by it.
     */
    public Outbox.About about() {
        return subject.about;
    }

    /** The messages written from now on for this message may quote this post: they are about its chat, author and claimer. */
    public void concerning(Post post) {
        subject.about = subject.about.and(post);
    }

    /** They may carry this member's own words. */
    public void carryingWordsOf(Member member) {
        subject.about = new Outbox.About(subject.about.chatIds(), plus(subject.about.memberIds(), member.id()));
    }

    private static Set<Long> plus(Set<Long> ids, long id) {
        Set<Long> more = new HashSet<>(ids);
        more.add(id);
        return more;
    }

    /** The context of the chat where the member typed or pressed: this one, unless acting on a group from a private chat. */
    public Context asker() {
        return asker == null ? this : asker;
    }

    /** Whether this context acts on a group for a command typed in a private chat. */
    public boolean actingFromPrivate() {
        return asker != null;
    }

    /** Whether anything was refused since this context was made. */
    public boolean refused() {
        return refused;
    }

    /** What the platform said just now of groups the sender had left or stopped coordinating (private commands only). */
    public Departures departures() {
        return departures;
    }

    public Transaction tx() {
        return tx;
    }

    public Chat chat() {
        return chat;
    }

    public Member sender() {
        return sender;
    }

    public Instant now() {
        return now;
    }

    public FollowUpRules rules() {
        return rules;
    }

    /** This chat's settings, defaults filled in. */
    public ChatSettings settings() {
        return tx.chats().settings(chat.id(), rules);
    }

    /** Whether the sender coordinates this chat (Telegram: a group administrator). */
    public boolean senderCoordinates() {
        return !chat.privateChat() && tx.coordinators().isCoordinator(chat.id(), sender.id());
    }

    /**
     * Refuses what only coordinators may do; true if it refused. In a private chat the command
     * belongs in the group.
     */
    public boolean refuseUnlessCoordinator(String command) {
        if (chat.privateChat()) {
            refuse("Please use " + command + " in your group's chat.");
            return true;
        }
        if (senderCoordinates()) return false;
        refuse("Sorry, only this group's coordinators can use " + command + ". /coordinators shows who they are.");
        return true;
    }

    /** Answers in the chat the message came from, as a reply to it where the platform can. */
    public void reply(Message message) {
        tell(asker != null ? Destination.chat(chat.platform(), chat.ref())
                : new Destination(chat.platform(), Destination.Kind.CHAT, chat.ref(), incoming.messageRef(), incoming.threadRef()), message);
    }

    /** Says something in the chat without replying to the member's message, which would point at them. */
    public void announce(Message message) {
        tell(new Destination(chat.platform(), Destination.Kind.CHAT, chat.ref(), null, asker != null ? null : incoming.threadRef()), message);
    }

    /** Writes to any place, the row marked as about() says. */
    public void tell(Destination to, Message message) {
        tx.outbox().add(to, message, now, about());
    }

    /** Writes to a member privately, the row marked as about() says. */
    public void tellPrivately(Member to, Message message) {
        tell(Destination.member(chat.platform(), to.ref()), message);
    }

    public void reply(String text) {
        reply(Message.of(text));
    }

    /**
     * Says why the bot will not do what was asked. A button press gets the reason shown to the
     * presser alone, so one member's mistap does not fill the group; a typed command gets a reply.
     */
    public void refuse(String text) {
        refused = true;
        if (asker != null) asker.refuse(text);
        else if (incoming.isPress()) answerPress(text);
        else reply(text);
    }

    /** The short confirmation a button press shows to its presser; ignored for typed commands. */
    public void answerPress(String text) {
        if (asker != null) {
            asker.answerPress(text);
            return;
        }
        if (!incoming.isPress() || pressAnswered) return;
        pressAnswered = true;
        tell(Destination.press(chat.platform(), incoming.pressRef()), Message.of(text));
    }

    /** Whether the member pressed a button rather than typed. */
    public boolean isPress() {
        return incoming.isPress();
    }

    public boolean pressAnswered() {
        return pressAnswered;
    }

}
