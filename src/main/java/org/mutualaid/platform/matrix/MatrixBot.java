package org.mutualaid.platform.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mutualaid.config.Config;
import org.mutualaid.config.UsageException;
import org.mutualaid.core.Bot;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.port.Storage;
import org.mutualaid.platform.Messenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Matrix: checks the access token at start, then syncs on a thread of its own. When
 * the homeserver stops accepting the token, the Matrix side stops with one log line and the
 * other platforms go on.
 */
public final class MatrixBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MatrixBot.class);
    private static final String TXN_PREFIX_KEY = "txn_prefix";
    private static final long STOP_WAIT_MS = 2_000;

    private final Config.Matrix config;
    private final MatrixApi api;
    private final RoomState rooms;
    private final CommandParser parser;
    private final AtomicBoolean refused = new AtomicBoolean();
    private volatile MatrixSync sync;
    private volatile Thread thread;

    private final boolean verified;

    private MatrixBot(Config.Matrix config, MatrixApi api, boolean verified) {
        this.verified = verified;
        this.config = config;
        this.api = api;
        this.rooms = new RoomState(config.userId());
        // "!need@aidbot" is not a Matrix habit; the local part is accepted should someone type it
        this.parser = new CommandParser(localpart(config.userId()));
    }

    /** Asks the homeserver who the token belongs to; a refused token or another account stops the start here. */
    public static MatrixBot connect(Config.Matrix config) throws InterruptedException {
        MatrixApi api = new MatrixApi(config.homeserver(), config.accessToken(), new ObjectMapper());
        JsonNode me;
        try {
            me = api.get("/account/whoami");
        } catch (MatrixException e) {
            if (e.tokenRefused()) {
                throw new UsageException("The Matrix homeserver refused the access token (" + e.status() + " " + e.errcode()
                        + "). Get a new one (Element: Settings, Help & About, Access token) and set MATRIX_ACCESS_TOKEN.");
            }
            // a homeserver down for a while must not keep the other platforms from starting
            log.warn("Could not reach the Matrix homeserver at {} ({}); the bot starts and keeps trying", config.homeserver(),
                    e.getMessage());
            return new MatrixBot(config, api, false);
        }
        String user = me.path("user_id").asText("");
        if (!user.equals(config.userId())) {
            throw new UsageException("The Matrix access token belongs to " + user + ", not to MATRIX_USER_ID " + config.userId()
                    + ". Use the bot account's own token.");
        }
        return new MatrixBot(config, api, true);
    }

    public String userId() {
        return config.userId();
    }

    /** The messenger the outbox dispatcher sends through; its direct rooms and transaction ids live in storage. */
    public Messenger messenger(Storage storage) {
        String prefix = storage.inTransaction(tx -> tx.platformState().get(MatrixMessenger.PLATFORM, TXN_PREFIX_KEY).orElseGet(() -> {
            byte[] random = new byte[6];
            new SecureRandom().nextBytes(random);
            String made = HexFormat.of().formatHex(random);
            tx.platformState().put(MatrixMessenger.PLATFORM, TXN_PREFIX_KEY, made);
            return made;
        }));
        MatrixContent content = new MatrixContent(api.json(), config.userId(), parser);
        return new MatrixMessenger(api, content, new DirectRooms(storage), prefix, this::tokenRefused, refused::get);
    }

    /** Starts syncing; afterBatch wakes the outbox dispatcher. */
    public void start(Bot bot, Storage storage, Runnable afterBatch) {
        sync = new MatrixSync(api, config.userId(), storage, bot, parser, rooms, new DirectRooms(storage), config.invitesFrom(),
                afterBatch, this::tokenRefused);
        if (verified) sync.accountVerified();
        thread = new Thread(sync::run, "matrix-sync");
        thread.setDaemon(true);
        thread.start();
    }

    public boolean running() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    private void tokenRefused() {
        if (refused.compareAndSet(false, true)) {
            log.error("The Matrix homeserver no longer accepts the bot's access token (401 M_UNKNOWN_TOKEN): the Matrix side has "
                    + "stopped, other platforms go on. Set a new MATRIX_ACCESS_TOKEN and restart.");
            MatrixSync s = sync;
            if (s != null) s.stop();
        }
    }

    /** Stops syncing: the poll in flight is cut off; events it would have brought come again at the next start. */
    public void stopSyncing() {
        MatrixSync s = sync;
        if (s != null) s.stop();
        Thread t = thread;
        if (t == null) return;
        t.interrupt();
        try {
            t.join(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) log.warn("The Matrix sync did not stop within {} ms", STOP_WAIT_MS);
    }

    @Override
    public void close() {
        stopSyncing();
    }

    private static String localpart(String userId) {
        return userId.substring(1, userId.indexOf(':'));
    }
}
