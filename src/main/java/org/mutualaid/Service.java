package org.mutualaid;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mutualaid.config.Config;
import org.mutualaid.outbox.DispatchLoop;
import org.mutualaid.platform.telegram.TelegramBot;
import org.mutualaid.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bot running on its chat platforms: what `run` starts and what SIGTERM stops. */
public final class Service implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Service.class);
    private static final long DISPATCHER_STOP_MS = 2_500;

    private final App app;
    private final TelegramBot telegram;
    private final DispatchLoop dispatch;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "housekeeping");
        t.setDaemon(true);
        return t;
    });

    private Service(App app, TelegramBot telegram) {
        this.app = app;
        this.telegram = telegram;
        this.dispatch = new DispatchLoop(app.dispatcher());
    }

    /**
     * Opens the database first (a second instance on the same file stops here, before touching
     * Telegram), then checks the token, then starts sending and polling.
     */
    public static Service start(Config config, Clock clock) throws InterruptedException {
        Database db = Database.open(config.dbPath());
        TelegramBot telegram;
        try {
            telegram = TelegramBot.connect(config.telegram(), clock);
        } catch (RuntimeException | InterruptedException e) {
            db.close();
            throw e;
        }
        Service service = new Service(new App(db, clock, List.of(telegram.messenger()), config.rules()), telegram);
        service.dispatch.start();
        service.housekeeping.scheduleWithFixedDelay(service::forgetOldEvents, 0, 1, TimeUnit.HOURS);
        service.housekeeping.scheduleWithFixedDelay(service::eraseOldText, 1, 60, TimeUnit.MINUTES);
        service.housekeeping.scheduleWithFixedDelay(service::followUp, 5, 60, TimeUnit.SECONDS);
        telegram.start(service.app.bot(), service.dispatch::wake);
        log.info("mutual-aid-bot is running on Telegram as @{} with {}", telegram.username(), config.dbPath());
        return service;
    }

    /** Digests, reminders and expiry, as the minute timer runs them; what they write goes out at once. */
    public void followUp() {
        try {
            app.followUps().runDue();
            dispatch.wake();
        } catch (RuntimeException e) {
            log.error("The follow-up jobs failed; they run again in a minute", e);
        }
    }

    private void eraseOldText() {
        try {
            app.bot().eraseOldText();
        } catch (RuntimeException e) {
            log.warn("Could not erase the text of old closed posts; will try again in an hour", e);
        }
    }

    private void forgetOldEvents() {
        try {
            app.bot().forgetOldEvents();
        } catch (RuntimeException e) {
            // a failed run is tried again in an hour; it must not end the schedule
            log.warn("Could not forget old event ids; will try again", e);
        }
    }

    App app() {
        return app;
    }

    /**
     * Polling stops first, then the send in flight finishes (a send still waiting on Telegram after
     * that is cut off and stays pending), then the database closes.
     */
    @Override
    public void close() {
        telegram.stopPolling();
        housekeeping.shutdownNow();
        dispatch.stop(DISPATCHER_STOP_MS);
        telegram.close();
        app.close();
        log.info("mutual-aid-bot stopped");
    }
}
