package org.mutualaid.platform.telegram;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mutualaid.core.Bot;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.platform.Checks;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles each batch of updates synchronously on the polling thread, one update after another,
 * each in the transaction that records it as seen. Telegram learns that a batch was received only
 * with the next getUpdates call, which the library makes after this returns; an update handled
 * before a crash is delivered again and then changes nothing.
 *
 * <p>Nothing may escape consume(): in telegrambots 10.2.0 an exception there silently ends polling.
 */
final class TelegramUpdates implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    private static final long PAUSE_WHEN_UNWRITABLE_MS = 5_000;

    private final Bot bot;
    private final CommandParser parser;
    private final UpdateTranslator translator;
    private final Runnable afterBatch;
    private volatile AtomicInteger lastReceived;
    private volatile boolean stopping;

    private final ChatAdmins admins;
    private final MemberChecks checks;

    /** afterBatch wakes the outbox dispatcher, so replies go out at once. */
    TelegramUpdates(Bot bot, String botUsername, long botId, ChatAdmins admins, MemberChecks checks, Runnable afterBatch) {
        this.admins = admins;
        this.checks = checks;
        this.bot = bot;
        this.parser = new CommandParser(botUsername);
        this.translator = new UpdateTranslator(botId);
        this.afterBatch = afterBatch;
    }

    /** The session's record of the last update it took; turned back when an update could not be stored. */
    void track(AtomicInteger lastReceived) {
        this.lastReceived = lastReceived;
    }

    /** Handles nothing more after the update in hand; what is left is delivered again at the next start. */
    void stop() {
        stopping = true;
    }

    @Override
    public void consume(List<Update> updates) {
        try {
            for (Update update : updates) {
                if (stopping) {
                    // not handled: ask for it again, should any poll still follow
                    rewindTo(update);
                    return;
                }
                if (handle(update) == Bot.Outcome.UNRECORDED) {
                    holdBack(update);
                    return;
                }
            }
        } catch (Throwable t) {
            log.error("Unexpected failure while handling a batch of {} Telegram updates", updates.size(), t);
        } finally {
            try {
                afterBatch.run();
            } catch (Throwable t) {
                log.error("Could not wake the outbox dispatcher", t);
            }
        }
    }

    private Bot.Outcome handle(Update update) {
        try {
            UpdateTranslator.Event event = translator.translate(update);
            Bot.Outcome outcome;
            if (event instanceof UpdateTranslator.Event.ForBot e) {
                Incoming in = e.incoming();
                if (!in.privateChat()) {
                    List<Person> coordinators = admins.refresh(in.chatRef());
                    if (coordinators != null) in = in.withCoordinators(coordinators);
                } else {
                    // a private /need, /claim or /export goes by what Telegram says now, not by what the bot last saw
                    Checks asked = bot.checksFor(in, parser);
                    if (!asked.isEmpty()) in = in.withChecked(checks.check(asked, in.senderRef()));
                }
                outcome = bot.handle(in, parser);
            } else if (event instanceof UpdateTranslator.Event.ChatMoved e) {
                outcome = bot.chatMoved(TelegramMessenger.PLATFORM, e.eventId(), e.oldRef(), e.newRef());
            } else if (event instanceof UpdateTranslator.Event.Members e) {
                checks.forget(e.chatRef());
                outcome = bot.membersChanged(TelegramMessenger.PLATFORM, e.eventId(), e.chatRef(), e.members(), e.standing(), tx -> { });
            } else if (event instanceof UpdateTranslator.Event.Joined e) {
                checks.forget(e.chatRef());
                outcome = bot.membersJoined(TelegramMessenger.PLATFORM, e.eventId(), e.chatRef(), e.members(), tx -> { });
            } else if (event instanceof UpdateTranslator.Event.Membership e) {
                outcome = bot.chatMembership(TelegramMessenger.PLATFORM, e.eventId(), e.chatRef(), e.title(), e.memberRef(),
                        e.present());
            } else {
                outcome = Bot.Outcome.IGNORED;
            }
            log.debug("Telegram update {}: {}", update.getUpdateId(), outcome);
            return outcome;
        } catch (Throwable t) {
            // a malformed update must not stop the others; it is logged without its text
            log.error("Telegram update {} could not be handled and is skipped", update.getUpdateId(), t);
            return Bot.Outcome.FAILED;
        }
    }

    /** The next poll asks again from this update on; Telegram keeps it until then. */
    private void rewindTo(Update update) {
        AtomicInteger last = lastReceived;
        if (last != null) last.set(update.getUpdateId() - 1);
    }

    /**
     * The database could not take even the failure of this update: ask for it again from Telegram
     * after a pause, instead of confirming it at the next poll and losing it.
     */
    private void holdBack(Update update) {
        rewindTo(update);
        log.error("The database is not writable; Telegram update {} and the ones after it will be fetched again", update.getUpdateId());
        try {
            Thread.sleep(PAUSE_WHEN_UNWRITABLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
