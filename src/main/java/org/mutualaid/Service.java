package org.mutualaid;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mutualaid.config.Config;
import org.mutualaid.outbox.DispatchLoop;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.matrix.MatrixBot;
import org.mutualaid.platform.matrix.MatrixMessenger;
import org.mutualaid.platform.telegram.TelegramBot;
import org.mutualaid.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bot running on its chat platforms: what `run` starts and what SIGTERM stops. */
public final class Service implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Service.class);
    private static final long DISPATCHER_STOP_MS = 2_500;
    /** At most this long merging the search index each hour, in steps of a few milliseconds. */
    private static final java.time.Duration TIDY_BUDGET = java.time.Duration.ofSeconds(5);

    private final App app;
    private final TelegramBot telegram;
    private final MatrixBot matrix;
    private final DispatchLoop dispatch;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "housekeeping");
        t.setDaemon(true);
        return t;
    });

    private Service(App app, TelegramBot telegram, MatrixBot matrix) {
        this.app = app;
        this.telegram = telegram;
        this.matrix = matrix;
        this.dispatch = new DispatchLoop(app.dispatcher());
    }

    /**
     * Opens the database first (a second instance on the same file stops here, before touching
     * any platform), then checks each platform's token, then starts sending and listening.
     */
    public static Service start(Config config, Clock clock) throws InterruptedException {
        Database db = Database.open(config.dbPath());
        TelegramBot telegram = null;
        MatrixBot matrix = null;
        try {
            if (config.telegram() != null) telegram = TelegramBot.connect(config.telegram(), clock);
            if (config.matrix() != null) matrix = MatrixBot.connect(config.matrix());
        } catch (RuntimeException | InterruptedException e) {
            if (telegram != null) telegram.close();
            db.close();
            throw e;
        }
        TelegramBot tg = telegram;
        MatrixBot mx = matrix;
        App app = App.withStorage(db, clock, mx == null ? Set.of() : Set.of(MatrixMessenger.PLATFORM), storage -> {
            List<Messenger> messengers = new ArrayList<>();
            if (tg != null) messengers.add(tg.messenger());
            if (mx != null) messengers.add(mx.messenger(storage));
            return messengers;
        }, config.rules());
        Service service = new Service(app, telegram, matrix);
        service.dispatch.start();
        service.housekeeping.scheduleWithFixedDelay(service::forgetOldEvents, 0, 1, TimeUnit.HOURS);
        service.housekeeping.scheduleWithFixedDelay(service::eraseOldText, 1, 60, TimeUnit.MINUTES);
        service.housekeeping.scheduleWithFixedDelay(service::followUp, 5, 60, TimeUnit.SECONDS);
        service.housekeeping.scheduleWithFixedDelay(service::tidySearchIndex, 10, 60, TimeUnit.MINUTES);
        // soon after start: an upgrade brings new matching rules, and the posts' kept profiles were made by the old ones
        service.housekeeping.scheduleWithFixedDelay(service::keepProfiles, 2, 60, TimeUnit.MINUTES);
        if (telegram != null) {
            telegram.start(app.bot(), service.dispatch::wake);
            log.info("mutual-aid-bot is running on Telegram as @{} with {}", telegram.username(), config.dbPath());
        }
        if (matrix != null) {
            matrix.start(app.bot(), app.storage(), service.dispatch::wake);
            log.info("mutual-aid-bot is running on Matrix as {} with {}", matrix.userId(), config.dbPath());
        }
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

    private void tidySearchIndex() {
        try {
            if (!app.storage().tidySearchIndex(TIDY_BUDGET)) log.info("The search index is partly tidied; the rest in an hour");
        } catch (RuntimeException e) {
            log.warn("Could not tidy the search index; will try again in an hour", e);
        }
    }

    private void keepProfiles() {
        try {
            app.bot().keepProfiles();
        } catch (RuntimeException e) {
            log.warn("Could not keep the matcher's profiles of open posts; will try again in an hour", e);
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
        if (telegram != null) telegram.stopPolling();
        if (matrix != null) matrix.stopSyncing();
        housekeeping.shutdownNow();
        dispatch.stop(DISPATCHER_STOP_MS);
        if (telegram != null) telegram.close();
        app.close();
        log.info("mutual-aid-bot stopped");
    }
}
