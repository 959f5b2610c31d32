package org.mutualaid.platform.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.mutualaid.config.Config;
import org.mutualaid.config.UsageException;
import org.mutualaid.core.Bot;
import org.mutualaid.platform.Messenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The Telegram side of the bot: checks the token (getMe), registers the command menu, and polls
 * for updates on a thread of its own that close() really stops. Sending is the messenger's, called
 * only by the outbox dispatcher.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    /** Long-polling wait asked of Telegram; the HTTP read timeout must be longer. */
    private static final int POLL_SECONDS = 30;
    private static final List<String> UPDATES = List.of("message", "callback_query", "my_chat_member", "chat_member");
    private static final Duration MAX_CONNECT_WAIT = Duration.ofMinutes(1);

    private final Config.Telegram settings;
    private final TelegramUrl url;
    private final PollWatch pollWatch = new PollWatch();
    private final OkHttpClient pollHttp;
    private final OkHttpClient sendHttp;
    private final OkHttpTelegramClient client;
    private final User me;
    private final TelegramMessenger messenger;
    private final Clock clock;
    private ScheduledExecutorService pollThread;
    private BotSession session;
    private TelegramUpdates updates;

    private TelegramBot(Config.Telegram settings, Clock clock) throws InterruptedException {
        this.settings = settings;
        this.clock = clock;
        this.url = telegramUrl(settings.apiUrl());
        this.pollHttp = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(20))
                .readTimeout(Duration.ofSeconds(POLL_SECONDS + 20)).addInterceptor(pollWatch).build();
        this.sendHttp = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(20)).writeTimeout(Duration.ofSeconds(20)).build();
        this.client = new OkHttpTelegramClient(new ObjectMapper(), sendHttp, settings.token(), url);
        this.me = whoAmI();
        this.messenger = new TelegramMessenger(client, me.getUserName(), new RateLimits(clock));
    }

    /**
     * Asks Telegram who the bot is. A refused token ends here with one clear line (as a
     * UsageException); an unreachable server is tried again with growing pauses.
     */
    public static TelegramBot connect(Config.Telegram settings, Clock clock) throws InterruptedException {
        return new TelegramBot(settings, clock);
    }

    private User whoAmI() throws InterruptedException {
        Duration wait = Duration.ofSeconds(1);
        while (true) {
            try {
                User user = client.execute(new GetMe());
                if (user.getUserName() == null) throw new UsageException("Telegram's getMe at " + settings.apiUrl() + " gave no bot user name.");
                log.info("Connected to Telegram at {} as @{}", settings.apiUrl(), user.getUserName());
                return user;
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code != null && (code == 401 || code == 404)) {
                    throw new UsageException("Telegram refused the bot token (" + code + " " + (code == 401 ? "Unauthorized" : "Not Found")
                            + ") at " + settings.apiUrl() + ". Check TELEGRAM_BOT_TOKEN: @BotFather shows it with /mybots, API Token.");
                }
                if (code == null || code < 500) throw new UsageException("Telegram's getMe failed at " + settings.apiUrl() + ": " + e.getMessage());
                log.warn("Telegram at {} answered {}; trying again in {} s", settings.apiUrl(), code, wait.toSeconds());
            } catch (TelegramApiException e) {
                log.warn("Cannot reach Telegram at {} ({}); trying again in {} s", settings.apiUrl(), cause(e), wait.toSeconds());
            }
            Thread.sleep(wait.toMillis());
            wait = wait.multipliedBy(2).compareTo(MAX_CONNECT_WAIT) > 0 ? MAX_CONNECT_WAIT : wait.multipliedBy(2);
        }
    }

    public Messenger messenger() {
        return messenger;
    }

    public String username() {
        return me.getUserName();
    }

    /** Registers the command menu, then starts polling; each batch of updates goes to the bot, then wakes the dispatcher. */
    public void start(Bot bot, Runnable wakeDispatcher) {
        registerCommands();
        ChatAdmins admins = new ChatAdmins(client, clock);
        updates = new TelegramUpdates(bot, me.getUserName(), me.getId(), admins, new MemberChecks(client, admins, clock), wakeDispatcher);
        pollThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-poll");
            t.setDaemon(true);
            return t;
        });
        session = new BotSession(new ObjectMapper(), pollHttp, pollThread, settings.token(), () -> url,
                last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(POLL_SECONDS).allowedUpdates(UPDATES).build(),
                PollBackOff::new, updates);
        updates.track(session.getLastReceivedUpdate());
        try {
            session.start();
        } catch (TelegramApiException e) {
            throw new UsageException("Could not start polling Telegram at " + settings.apiUrl() + ": " + e.getMessage());
        }
        log.info("Polling Telegram for updates");
    }

    private void registerCommands() {
        List<BotCommand> group = List.of(
                new BotCommand("need", "ask for help: /need groceries this week"),
                new BotCommand("offer", "offer help: /offer I can drive on Saturdays"),
                new BotCommand("list", "what is open: /list needs, /list offers #food"),
                new BotCommand("claim", "I can help with it: /claim 12"),
                new BotCommand("done", "it's sorted: /done 12"),
                new BotCommand("unclaim", "I can't help after all: /unclaim 12"),
                new BotCommand("cancel", "withdraw your own post: /cancel 12"),
                new BotCommand("mine", "your open posts"),
                new BotCommand("help", "how this bot works"));
        List<BotCommand> privately = List.of(
                new BotCommand("need", "ask for help in your group, without your name"),
                new BotCommand("offer", "offer help in your group, without your name"),
                new BotCommand("mine", "your open posts in every group"),
                new BotCommand("reply", "write through the bot about a post: /reply 12 text"),
                new BotCommand("relays", "conversations the bot passes on for you"),
                new BotCommand("export", "coordinators: your group's posts as a CSV file"),
                new BotCommand("help", "how this bot works"),
                new BotCommand("forget", "erase what the bot holds about you"));
        setCommands(group, new BotCommandScopeAllGroupChats());
        setCommands(privately, new BotCommandScopeAllPrivateChats());
    }

    private void setCommands(List<BotCommand> commands, BotCommandScope scope) {
        try {
            client.execute(SetMyCommands.builder().commands(commands).scope(scope).build());
        } catch (TelegramApiException e) {
            // the menu is a convenience; typed commands work without it
            log.warn("Could not register the command menu ({}): {}", scope.getType(), cause(e));
        }
    }

    /**
     * Stops polling: the update in hand is finished, later ones are left for the next start, and
     * the long poll waiting on Telegram is cut off rather than waited out. Sending goes on.
     */
    public void stopPolling() {
        // the session first: once it is cancelled, no poll that would confirm skipped updates follows
        if (session != null) session.stop();
        if (updates != null) updates.stop();
        pollWatch.stopping();
        pollHttp.dispatcher().cancelAll();
        if (pollThread != null) {
            pollThread.shutdownNow();
            try {
                if (!pollThread.awaitTermination(2, TimeUnit.SECONDS)) log.warn("Telegram polling did not stop within 2 s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops polling if still running, cuts off any send still waiting on Telegram, and releases the HTTP clients. */
    @Override
    public void close() {
        stopPolling();
        sendHttp.dispatcher().cancelAll();
        for (OkHttpClient http : List.of(pollHttp, sendHttp)) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** The library wants scheme, host and port apart. */
    static TelegramUrl telegramUrl(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    private static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
