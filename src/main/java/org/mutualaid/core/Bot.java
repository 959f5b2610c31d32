package org.mutualaid.core;

import java.time.Clock;
import java.time.Instant;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.handler.Context;
import org.mutualaid.core.handler.HelpText;
import org.mutualaid.core.handler.ListHandler;
import org.mutualaid.core.handler.MineHandler;
import org.mutualaid.core.handler.PostActionHandler;
import org.mutualaid.core.handler.PublishHandler;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.port.Storage;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for every platform. Each incoming message is handled in one transaction:
 * seen-event check, parse, use case, state change, replies into the outbox.
 */
public final class Bot {

    /** What became of one incoming message. */
    public enum Outcome { HANDLED, IGNORED, DUPLICATE, FAILED }

    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    private final Storage storage;
    private final Clock clock;
    private final PublishHandler publish;
    private final ListHandler list;
    private final MineHandler mine = new MineHandler();
    private final PostActionHandler postAction = new PostActionHandler();

    public Bot(Storage storage, Clock clock, Matcher matcher) {
        this.storage = storage;
        this.clock = clock;
        this.publish = new PublishHandler(matcher);
        this.list = new ListHandler(matcher.taxonomy());
    }

    /** Handles one message; never throws on what a member typed. */
    public Outcome handle(Incoming in, CommandParser parser) {
        Command command = in.action() != null ? parser.parseAction(in.action()) : parser.parse(in.text());
        if (command instanceof Command.Ignore) return Outcome.IGNORED;
        if (command instanceof Command.Unknown && !in.direct()) return Outcome.IGNORED;
        Instant now = clock.instant();
        try {
            return storage.inTransaction(tx -> {
                if (!tx.seenEvents().markSeen(in.platform(), in.eventId(), now)) return Outcome.DUPLICATE;
                Chat chat = tx.chats().resolve(in.platform(), in.chatRef(), in.chatTitle(), in.privateChat(), now);
                Member sender = tx.members().resolve(in.platform(), in.senderRef(), in.senderName(), now);
                dispatch(new Context(tx, chat, sender, in, now), command);
                return Outcome.HANDLED;
            });
        } catch (RuntimeException e) {
            // nothing of the failed transaction was kept; say sorry once, and never see this event again
            log.error("Handling event {} on {} failed; nothing was stored", in.eventId(), in.platform(), e);
            apologise(in, now);
            return Outcome.FAILED;
        }
    }

    private void dispatch(Context ctx, Command command) {
        if (command instanceof Command.Publish c) {
            publish.handle(ctx, c);
        } else if (command instanceof Command.ListPosts c) {
            list.handle(ctx, c);
        } else if (command instanceof Command.Mine) {
            mine.handle(ctx);
        } else if (command instanceof Command.OnPost c) {
            postAction.handle(ctx, c);
        } else if (command instanceof Command.Help c) {
            boolean privately = ctx.chat().privateChat();
            ctx.reply(c.start() && !privately ? "Hello! " + HelpText.help(false) : HelpText.help(privately));
        } else if (command instanceof Command.Invalid c) {
            ctx.reply(c.reply());
        } else if (command instanceof Command.Unknown c) {
            ctx.reply("I don't know /" + c.name() + ". Type /help to see what I can do.");
        }
    }

    private void apologise(Incoming in, Instant now) {
        try {
            storage.inTransaction((Transaction tx) -> {
                if (tx.seenEvents().markSeen(in.platform(), in.eventId(), now)) {
                    tx.outbox().add(new Destination(in.platform(), Destination.Kind.CHAT, in.chatRef(), in.messageRef(),
                            in.threadRef()), Message.of("Sorry, something went wrong on my side and nothing was saved. Please try again in a minute."), now);
                }
                return null;
            });
        } catch (RuntimeException e) {
            log.error("Could not record the failure of event {} on {}", in.eventId(), in.platform(), e);
        }
    }
}
