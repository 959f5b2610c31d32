package org.mutualaid.core.handler;

import java.time.Instant;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Member;
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

    public Context(Transaction tx, Chat chat, Member sender, Incoming incoming, Instant now) {
        this.tx = tx;
        this.chat = chat;
        this.sender = sender;
        this.incoming = incoming;
        this.now = now;
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

    /** Answers in the chat the message came from, as a reply to it where the platform can. */
    public void reply(Message message) {
        tx.outbox().add(new Destination(chat.platform(), Destination.Kind.CHAT, chat.ref(),
                incoming.messageRef(), incoming.threadRef()), message, now);
    }

    public void reply(String text) {
        reply(Message.of(text));
    }

}
