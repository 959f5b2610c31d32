package org.mutualaid.platform.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-process fake of the Telegram Bot API speaking the real JSON over HTTP, so the real
 * telegrambots client (OkHttp, long polling) can be exercised end to end in tests without
 * network access. Point the client at {@link #url()} via a {@code TelegramUrl("http", "127.0.0.1", port, false)}.
 *
 * <p>All state is guarded by one monitor ({@code lock}); long polls wait on it, so pushes, sends
 * and {@link #close()} wake them.
 */
public final class FakeBotApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOT_FIRST_NAME = "Mutual Aid";
    private static final int MAX_POLL_SECONDS = 60;
    private static final int MAX_LIMIT = 100;
    /** Telegram's default when allowed_updates is empty: everything except these opt-in types. */
    private static final Set<String> OPT_IN_UPDATE_TYPES = Set.of("chat_member", "message_reaction", "message_reaction_count");
    /** Telegram matches method names case-insensitively and the library sends e.g. "sendmessage". */
    private static final List<String> METHODS = List.of("getMe", "deleteWebhook", "setMyCommands", "getUpdates",
            "sendMessage", "answerCallbackQuery", "editMessageReplyMarkup", "editMessageText", "deleteMessage",
            "getChatAdministrators", "getChatMember", "sendDocument");

    /** A Telegram user as it appears in updates; lastName and username may be null. */
    public record User(long id, String firstName, String lastName, String username) {}

    /** A chat; type is "private", "group" or "supergroup"; title may be null. */
    public record Chat(long id, String type, String title) {
        public static Chat supergroup(long id, String title) {
            return new Chat(id, "supergroup", title);
        }

        public static Chat privateWith(User user) {
            return new Chat(user.id(), "private", null);
        }
    }

    /**
     * One successful sendMessage or sendDocument: the request body and the fake clock's time when it
     * arrived. A document's body (sent as multipart/form-data) holds its file under "document" as
     * {"file_name", "content_type", "content_base64"}.
     */
    public record Sent(Instant at, ObjectNode body) {
        /** The caption of a document. */
        public String caption() {
            return body.path("caption").isTextual() ? body.get("caption").asText() : null;
        }

        /** A document's file name, or null for a text message. */
        public String fileName() {
            return body.path("document").path("file_name").isTextual() ? body.get("document").get("file_name").asText() : null;
        }

        /** A document's bytes, or null for a text message. */
        public byte[] fileBytes() {
            JsonNode b64 = body.path("document").path("content_base64");
            return b64.isTextual() ? java.util.Base64.getDecoder().decode(b64.asText()) : null;
        }

        public long chatId() {
            JsonNode id = body.path("chat_id");
            return id.isNumber() ? id.asLong() : Long.parseLong(id.asText().trim());
        }

        public String text() {
            return body.path("text").isTextual() ? body.get("text").asText() : null;
        }

        /** The reply_markup object, or null; tolerates clients that send it as a JSON string. */
        public ObjectNode replyMarkup() {
            return markupOf(body);
        }

        /** Every callback_data of the inline keyboard, row by row, left to right. */
        public List<String> callbackData() {
            List<String> data = new ArrayList<>();
            ObjectNode markup = replyMarkup();
            if (markup == null) {
                return data;
            }
            for (JsonNode row : markup.path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("callback_data").isTextual()) {
                        data.add(button.get("callback_data").asText());
                    }
                }
            }
            return data;
        }

        public Integer threadId() {
            JsonNode thread = body.path("message_thread_id");
            if (thread.isTextual() && thread.asText().matches("\\d{1,9}")) return Integer.valueOf(thread.asText());
            return thread.isNumber() ? thread.asInt() : null;
        }

        /** From reply_parameters.message_id (current API) or the legacy reply_to_message_id. */
        public Integer replyToMessageId() {
            JsonNode modern = body.path("reply_parameters").path("message_id");
            if (modern.isNumber()) {
                return modern.asInt();
            }
            JsonNode legacy = body.path("reply_to_message_id");
            return legacy.isNumber() ? legacy.asInt() : null;
        }
    }

    /** A canned answer for one future call of a method. */
    private record Canned(int status, String body) {}

    /** A queued "no failure this time" (see passNext); compared by identity. */
    private static final Canned PASS = new Canned(0, "pass");

    private final String token;
    private final String botUsername;
    private final long botId;
    private final Clock clock;

    private final Object lock = new Object();
    private final List<ObjectNode> updates = new ArrayList<>(); // unconfirmed, ascending update_id
    private final List<Sent> sent = new ArrayList<>();
    private final Map<Sent, ObjectNode> sentMessages = new IdentityHashMap<>(); // what the bot got back
    private final Map<String, List<ObjectNode>> requests = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();
    private final Map<String, ArrayDeque<Canned>> failures = new HashMap<>();
    private final Set<Long> forbiddenChats = new HashSet<>();
    private final Map<Long, List<User>> admins = new HashMap<>();
    /** By chat, then user: "member", "restricted", "left" or "kicked"; administrators are those of setAdmins. */
    private final Map<Long, Map<Long, String>> statuses = new HashMap<>();
    private final Map<Long, User> knownUsers = new HashMap<>(); // to name private chats in bot replies
    private List<String> allowedUpdates = List.of(); // Telegram remembers the last value sent
    private long nextUpdateId = 1;
    private long confirmedOffset = 0;
    private boolean confirmationsLost; // offsets confirm nothing: as if the bot died before its next poll
    private int nextIncomingMessageId = 1;
    private int nextBotMessageId = 1000;
    private long nextCallbackId = 4_000_000_000_000_000L; // real callback ids are big numeric strings
    private boolean closed;
    private int inFlight; // exchanges being answered; close() lets them finish

    private HttpServer server;
    private ExecutorService executor;

    public FakeBotApi(String token, String botUsername, long botId, Clock clock) {
        this.token = token;
        this.botUsername = botUsername;
        this.botId = botId;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- lifecycle

    public FakeBotApi start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        // A pool, not the default single thread: a 50 s long poll must not block sendMessage.
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public String url() {
        if (server == null) {
            throw new IllegalStateException("FakeBotApi not started");
        }
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll(); // long polls answer now...
            // ...and get to finish writing: stop(0) would cut them off, and stop(n) on JDK 17 always waits n s.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            try {
                while (inFlight > 0 && System.nanoTime() < deadline) {
                    lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- failure injection

    /** Answer the next call of method with this status and raw body (FIFO, several may be queued). */
    public void failNext(String method, int status, String body) {
        synchronized (lock) {
            failures.computeIfAbsent(canonical(method), m -> new ArrayDeque<>()).add(new Canned(status, body));
        }
    }

    /** Let the next call of method through as usual; queued before a failure, it fails the call after. */
    public void passNext(String method) {
        synchronized (lock) {
            failures.computeIfAbsent(canonical(method), m -> new ArrayDeque<>()).add(PASS);
        }
    }

    public static String tooManyRequests(int retryAfterSeconds) {
        return error(429, "Too Many Requests: retry after " + retryAfterSeconds, "retry_after", retryAfterSeconds);
    }

    public static String forbidden(String description) {
        return error(403, description, null, 0);
    }

    public static String migrated(long newChatId) {
        return error(400, "Bad Request: group chat was upgraded to a supergroup chat", "migrate_to_chat_id", newChatId);
    }

    /** Every later sendMessage to chatId fails with 403 "bot was kicked", until {@link #allowChat}. */
    public void forbidChat(long chatId) {
        synchronized (lock) {
            forbiddenChats.add(chatId);
        }
    }

    public void allowChat(long chatId) {
        synchronized (lock) {
            forbiddenChats.remove(chatId);
        }
    }

    // ---------------------------------------------------------------- pushing updates

    public long pushMessage(Chat chat, User from, String text) {
        return pushMessage(chat, from, text, null);
    }

    public long pushMessage(Chat chat, User from, String text, Integer threadId) {
        return pushMessage(chat, from, text, threadId, null);
    }

    /** A message answering one of the bot's (Telegram's reply): it carries that message as reply_to_message. */
    public long pushReply(Chat chat, User from, String text, Sent repliedTo) {
        return pushMessage(chat, from, text, null, messageOf(repliedTo));
    }

    private long pushMessage(Chat chat, User from, String text, Integer threadId, ObjectNode replyTo) {
        synchronized (lock) {
            knownUsers.put(from.id(), from);
            if (!chat.type().equals("private")) {
                // only someone in the group can write there
                statuses.computeIfAbsent(chat.id(), c -> new HashMap<>()).put(from.id(), "member");
            }
            ObjectNode message = messageJson(chat, from);
            if (threadId != null) {
                message.put("message_thread_id", threadId);
                message.put("is_topic_message", true);
            }
            message.put("text", text);
            if (replyTo != null) {
                message.set("reply_to_message", replyTo.deepCopy());
            }
            if (text.startsWith("/")) {
                // Telegram marks the leading command (including any @botname) as a bot_command entity.
                int end = 0;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                ObjectNode entity = message.putArray("entities").addObject();
                entity.put("type", "bot_command").put("offset", 0).put("length", end);
            }
            return push("message", message);
        }
    }

    /**
     * A photo or a voice message ("photo", "voice"), with a caption or none (null). As Telegram
     * sends it: no text, the media's fields, and the caption's own entities (a leading command).
     */
    public long pushMedia(Chat chat, User from, String kind, String caption) {
        synchronized (lock) {
            knownUsers.put(from.id(), from);
            if (!chat.type().equals("private")) statuses.computeIfAbsent(chat.id(), c -> new HashMap<>()).put(from.id(), "member");
            ObjectNode message = messageJson(chat, from);
            if (kind.equals("photo")) {
                message.putArray("photo").addObject().put("file_id", "AgAC-photo").put("file_unique_id", "AQAD-photo")
                        .put("width", 1280).put("height", 960).put("file_size", 123456);
            } else {
                message.putObject("voice").put("file_id", "AwAC-voice").put("file_unique_id", "AgAD-voice").put("duration", 7)
                        .put("mime_type", "audio/ogg").put("file_size", 23456);
            }
            if (caption != null) {
                message.put("caption", caption);
                if (caption.startsWith("/")) {
                    int end = caption.indexOf(' ') < 0 ? caption.length() : caption.indexOf(' ');
                    message.putArray("caption_entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
                }
            }
            return push("message", message);
        }
    }

    /**
     * who left the group (by == who) or was removed by an administrator: Telegram's service message
     * with left_chat_member, sent to bots even in privacy mode. getChatMember says "left" or "kicked" from now on.
     */
    public long pushLeft(Chat chat, User by, User who) {
        synchronized (lock) {
            knownUsers.put(by.id(), by);
            setStatus(chat.id(), who, by.id() == who.id() ? "left" : "kicked");
            ObjectNode message = messageJson(chat, by);
            message.set("left_chat_member", userJson(who));
            return push("message", message);
        }
    }

    /** They joined the group: the service message with new_chat_members (from is the first of them, as when joining by link). */
    public long pushJoined(Chat chat, User... who) {
        synchronized (lock) {
            ArrayNode joined = JSON.createArrayNode();
            for (User u : who) {
                setStatus(chat.id(), u, "member");
                joined.add(userJson(u));
            }
            ObjectNode message = messageJson(chat, who[0]);
            message.set("new_chat_members", joined);
            return push("message", message);
        }
    }

    /**
     * A chat_member update (Telegram sends them only to a bot that administers the group, and only
     * when asked for in allowed_updates): by changed who's status from oldStatus to newStatus. The
     * fake's getChatMember follows newStatus; "administrator" and "creator" do not change setAdmins.
     */
    public long pushChatMember(Chat chat, User by, User who, String oldStatus, String newStatus) {
        synchronized (lock) {
            setStatus(chat.id(), who, newStatus);
            ObjectNode change = JSON.createObjectNode();
            change.set("chat", chatJson(chat, by));
            change.set("from", userJson(by));
            change.put("date", clock.instant().getEpochSecond());
            change.set("old_chat_member", memberJson(who, oldStatus));
            change.set("new_chat_member", memberJson(who, newStatus));
            return push("chat_member", change);
        }
    }

    /**
     * Sets who's status in the group without Telegram telling the bot: "member", "restricted" (still in
     * the group), "restricted-left" (restricted, and no longer in it), "left" or "kicked".
     */
    public void setStatus(long chatId, User who, String status) {
        synchronized (lock) {
            knownUsers.put(who.id(), who);
            statuses.computeIfAbsent(chatId, c -> new HashMap<>()).put(who.id(), status);
        }
    }

    /** Queues an update of this type (its field name: "message", "chat_member", ...). */
    private long push(String type, ObjectNode body) {
        ObjectNode update = JSON.createObjectNode();
        update.set(type, body);
        return pushRaw(update);
    }

    /** A new incoming message's common fields: its id, date, chat and sender. */
    private ObjectNode messageJson(Chat chat, User from) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", nextIncomingMessageId++);
        message.put("date", clock.instant().getEpochSecond());
        message.set("chat", chatJson(chat, from));
        message.set("from", userJson(from));
        return message;
    }

    /** A button press on botMessage (use {@link #messageOf(Sent)} to get a message the bot sent). */
    public long pushCallback(User from, ObjectNode botMessage, String data) {
        synchronized (lock) {
            knownUsers.put(from.id(), from);
            ObjectNode query = JSON.createObjectNode();
            query.put("id", Long.toString(nextCallbackId++));
            query.set("from", userJson(from));
            query.set("message", botMessage.deepCopy());
            query.put("chat_instance", "1");
            query.put("data", data);
            ObjectNode update = JSON.createObjectNode();
            update.set("callback_query", query);
            return pushRaw(update);
        }
    }

    /** Queues a hand-written update (e.g. my_chat_member, migrate_to_chat_id) under the next update_id. */
    public long pushRaw(ObjectNode updateWithoutId) {
        synchronized (lock) {
            long id = nextUpdateId++;
            ObjectNode update = JSON.createObjectNode();
            update.put("update_id", id); // first, like Telegram
            ObjectNode fields = updateWithoutId.deepCopy();
            fields.remove("update_id");
            update.setAll(fields);
            updates.add(update);
            lock.notifyAll();
            return id;
        }
    }

    // ---------------------------------------------------------------- inspection

    public List<Sent> sent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    public List<Sent> sentTo(long chatId) {
        return sent().stream().filter(s -> s.chatId() == chatId).toList();
    }

    /** Waits until at least atLeast messages were sent; fails with what was sent if that takes too long. */
    public List<Sent> awaitSent(int atLeast, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (sent.size() < atLeast) {
                long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remainingMs <= 0) {
                    throw new AssertionError("expected at least " + atLeast + " sent messages within " + timeout
                            + " but got " + sent.size() + ": " + sent.stream().map(s -> s.chatId() + ": " + s.text()).toList());
                }
                try {
                    lock.wait(remainingMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while awaiting sent messages", e);
                }
            }
            return List.copyOf(sent);
        }
    }

    /** The Message JSON that was returned to the bot for this send. */
    public ObjectNode messageOf(Sent sentMessage) {
        synchronized (lock) {
            ObjectNode message = sentMessages.get(sentMessage);
            if (message == null) {
                throw new IllegalArgumentException("not a message sent through this fake: " + sentMessage);
            }
            return message.deepCopy();
        }
    }

    /** Bodies of every successful call of method, oldest first. */
    public List<ObjectNode> requests(String method) {
        synchronized (lock) {
            return List.copyOf(requests.getOrDefault(canonical(method), List.of()));
        }
    }

    /** Every call of method with the right token, including injected failures. */
    public int attempts(String method) {
        synchronized (lock) {
            return attempts.getOrDefault(canonical(method), 0);
        }
    }

    /**
     * From now on the offsets of polls confirm nothing (updates are still delivered): what Telegram
     * sees when a bot dies after handling a batch, before the poll that would confirm it.
     */
    public void loseConfirmations(boolean lose) {
        synchronized (lock) {
            confirmationsLost = lose;
        }
    }

    /** The highest getUpdates offset seen: every update below it is confirmed and gone. */
    public long confirmedOffset() {
        synchronized (lock) {
            return confirmedOffset;
        }
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) {
        synchronized (lock) {
            inFlight++;
        }
        try {
            respond(exchange, route(exchange));
        } catch (Throwable t) {
            // Never leave the client hanging: a bug here must surface as a 500, not a read timeout.
            try {
                respond(exchange, new Canned(500, error(500, "Internal Server Error: " + t, null, 0)));
            } catch (IOException | RuntimeException ignored) {
                // headers already sent or connection gone; closing the exchange is all that is left
            }
        } finally {
            exchange.close();
            synchronized (lock) {
                inFlight--;
                lock.notifyAll();
            }
        }
    }

    private Canned route(HttpExchange exchange) throws IOException, InterruptedException {
        // Path is /bot<TOKEN>/<method> (or /bot<TOKEN>/test/<method> for the test environment).
        String path = exchange.getRequestURI().getPath();
        int slash = path.indexOf('/', 1);
        if (!path.startsWith("/bot") || slash < 0 || !path.substring(4, slash).equals(token)) {
            return new Canned(401, error(401, "Unauthorized", null, 0));
        }
        String method = canonical(path.substring(path.lastIndexOf('/') + 1));
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        ObjectNode body;
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                body = multipart(raw, contentType);
            } catch (IllegalArgumentException e) {
                return new Canned(400, error(400, "Bad Request: " + e.getMessage(), null, 0));
            }
        } else try {
            JsonNode parsed = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            if (!(parsed instanceof ObjectNode)) {
                return new Canned(400, error(400, "Bad Request: request body must be a JSON object", null, 0));
            }
            body = (ObjectNode) parsed;
        } catch (JsonProcessingException e) {
            return new Canned(400, error(400, "Bad Request: can't parse JSON", null, 0));
        }
        synchronized (lock) {
            attempts.merge(method, 1, Integer::sum);
            ArrayDeque<Canned> queued = failures.get(method);
            if (queued != null && !queued.isEmpty()) {
                Canned next = queued.poll();
                if (next != PASS) return next;
            }
        }
        JsonNode result;
        try {
            result = switch (method) {
                case "getMe" -> getMe();
                case "deleteWebhook", "setMyCommands", "answerCallbackQuery",
                        "editMessageReplyMarkup", "editMessageText", "deleteMessage" -> BooleanNode.TRUE;
                case "getUpdates" -> getUpdates(body);
                case "sendMessage" -> sendMessage(body);
                case "sendDocument" -> sendDocument(body);
                case "getChatAdministrators" -> administrators(body);
                case "getChatMember" -> chatMember(body);
                default -> throw new ApiError(404, "Not Found");
            };
        } catch (ApiError e) {
            return new Canned(e.status, error(e.status, e.getMessage(), null, 0));
        }
        synchronized (lock) {
            requests.computeIfAbsent(method, m -> new ArrayList<>()).add(body);
        }
        ObjectNode ok = JSON.createObjectNode().put("ok", true);
        ok.set("result", result);
        return new Canned(200, JSON.writeValueAsString(ok));
    }

    private static void respond(HttpExchange exchange, Canned answer) throws IOException {
        byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
        boolean json = answer.body.stripLeading().startsWith("{");
        exchange.getResponseHeaders().set("Content-Type", json ? "application/json" : "text/html");
        exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Thrown by a method that refuses the call (e.g. forbidden chat); such calls are not recorded. */
    private static final class ApiError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        ApiError(int status, String description) {
            super(description, null, false, false);
            this.status = status;
        }
    }

    // ---------------------------------------------------------------- methods

    private ObjectNode getMe() {
        ObjectNode me = botUserJson();
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        return me;
    }

    private ArrayNode getUpdates(ObjectNode body) throws InterruptedException {
        long offset = body.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(MAX_LIMIT, body.path("limit").asInt(MAX_LIMIT)));
        long timeoutMs = TimeUnit.SECONDS.toMillis(Math.max(0, Math.min(MAX_POLL_SECONDS, body.path("timeout").asInt(0))));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        synchronized (lock) {
            if (body.path("allowed_updates").isArray()) {
                List<String> allowed = new ArrayList<>();
                body.get("allowed_updates").forEach(type -> allowed.add(type.asText()));
                allowedUpdates = allowed;
            }
            // Negative offsets (count from the end) are not modelled; they just confirm nothing.
            if (offset > confirmedOffset && !confirmationsLost) {
                confirmedOffset = offset;
            }
            updates.removeIf(u -> u.get("update_id").asLong() < confirmedOffset);
            ArrayNode result = JSON.createArrayNode();
            while (true) {
                for (Iterator<ObjectNode> it = updates.iterator(); it.hasNext() && result.size() < limit; ) {
                    ObjectNode update = it.next();
                    if (update.get("update_id").asLong() >= offset && isAllowed(update)) {
                        result.add(update.deepCopy());
                    }
                }
                long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (!result.isEmpty() || closed || remainingMs <= 0) {
                    return result;
                }
                lock.wait(remainingMs);
            }
        }
    }

    private boolean isAllowed(ObjectNode update) {
        for (Iterator<String> it = update.fieldNames(); it.hasNext(); ) {
            String type = it.next();
            if (!type.equals("update_id")) {
                return allowedUpdates.isEmpty() ? !OPT_IN_UPDATE_TYPES.contains(type) : allowedUpdates.contains(type);
            }
        }
        return false;
    }

    /** Telegram's sendDocument, as bots upload a new file: multipart/form-data with the file in "document". */
    private ObjectNode sendDocument(ObjectNode body) {
        if (!body.path("document").path("content_base64").isTextual()) {
            throw new ApiError(400, "Bad Request: there is no document in the request");
        }
        if (body.path("caption").isTextual() && body.get("caption").asText().length() > 1024) {
            throw new ApiError(400, "Bad Request: message caption is too long");
        }
        return record(body, chatIdOf(body));
    }

    private static long chatIdOf(ObjectNode body) {
        try {
            JsonNode id = body.path("chat_id");
            return id.isNumber() ? id.asLong() : Long.parseLong(id.asText().trim());
        } catch (NumberFormatException e) {
            throw new ApiError(400, "Bad Request: chat not found");
        }
    }

    /**
     * Parses multipart/form-data as the client library writes it: text fields become string fields
     * (reply_markup stays a JSON string, as Telegram reads it), a file becomes an object. A field
     * "attach://name" means the file uploaded in the part called name, as the Bot API has it.
     */
    static ObjectNode multipart(byte[] raw, String contentType) {
        java.util.regex.Matcher b = java.util.regex.Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
        if (!b.find()) throw new IllegalArgumentException("multipart without boundary");
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + b.group(1);
        ObjectNode body = JSON.createObjectNode();
        for (String part : text.split(java.util.regex.Pattern.quote(delimiter))) {
            if (part.isEmpty() || part.startsWith("--")) continue;
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) continue;
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4);
            if (content.endsWith("\r\n")) content = content.substring(0, content.length() - 2);
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            if (!name.find()) throw new IllegalArgumentException("a part without a name");
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
            byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
            if (file.find()) {
                java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?i)content-type:\\s*([^\r\n]+)").matcher(headers);
                body.putObject(name.group(1)).put("file_name", file.group(1)).put("content_type", type.find() ? type.group(1).strip() : "")
                        .put("content_base64", java.util.Base64.getEncoder().encodeToString(bytes));
            } else {
                body.put(name.group(1), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode value = body.get(field);
            if (value.isTextual() && value.asText().startsWith("attach://")) {
                JsonNode file = body.get(value.asText().substring("attach://".length()));
                if (file == null || !file.isObject()) throw new IllegalArgumentException("no file for " + value.asText());
                body.set(field, file);
            }
        }
        return body;
    }

    private ObjectNode sendMessage(ObjectNode body) {
        long chatId = chatIdOf(body);
        if (!body.path("text").isTextual() || body.get("text").asText().isEmpty()) {
            throw new ApiError(400, "Bad Request: message text is empty");
        }
        return record(body, chatId);
    }

    /** Keeps a message the bot sent and returns it as Telegram would. */
    private ObjectNode record(ObjectNode body, long chatId) {
        synchronized (lock) {
            if (forbiddenChats.contains(chatId)) {
                throw new ApiError(403, "Forbidden: bot was kicked from the supergroup chat");
            }
            Sent record = new Sent(clock.instant(), body);
            ObjectNode message = JSON.createObjectNode();
            message.put("message_id", nextBotMessageId++);
            message.put("date", record.at().getEpochSecond());
            ObjectNode chat = message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "supergroup" : "private");
            User user = knownUsers.get(chatId);
            if (chatId > 0 && user != null) {
                chat.put("first_name", user.firstName());
            }
            message.set("from", botUserJson());
            if (record.threadId() != null) {
                message.put("message_thread_id", record.threadId());
            }
            if (record.text() != null) {
                message.put("text", record.text());
            }
            if (record.fileName() != null) {
                message.putObject("document").put("file_id", "doc-" + message.get("message_id").asInt())
                        .put("file_unique_id", "u" + message.get("message_id").asInt()).put("file_name", record.fileName());
                if (record.caption() != null) message.put("caption", record.caption());
            }
            ObjectNode markup = markupOf(body);
            if (markup != null) {
                message.set("reply_markup", markup.deepCopy());
            }
            sent.add(record);
            sentMessages.put(record, message);
            lock.notifyAll(); // wake awaitSent
            return message.deepCopy();
        }
    }

    // ---------------------------------------------------------------- JSON helpers

    private ObjectNode botUserJson() {
        ObjectNode bot = JSON.createObjectNode();
        bot.put("id", botId).put("is_bot", true).put("first_name", BOT_FIRST_NAME).put("username", botUsername);
        return bot;
    }

    /** The group's administrators; a creator first, as Telegram lists them. */
    public void setAdmins(long chatId, User... users) {
        synchronized (lock) {
            admins.put(chatId, List.of(users));
        }
    }

    private JsonNode administrators(ObjectNode body) {
        long chatId = chatIdOf(body);
        ArrayNode result = JSON.createArrayNode();
        synchronized (lock) {
            boolean first = true;
            for (User u : admins.getOrDefault(chatId, List.of())) {
                result.add(memberJson(u, first ? "creator" : "administrator"));
                first = false;
            }
        }
        return result;
    }

    /**
     * getChatMember: a ChatMember of the kind its status says (ChatMemberOwner, ChatMemberAdministrator,
     * ChatMemberMember, ChatMemberRestricted, ChatMemberLeft, ChatMemberBanned). Someone never seen in
     * the group is "left", as Telegram answers; a user Telegram does not know is a 400.
     */
    private JsonNode chatMember(ObjectNode body) {
        long chatId = chatIdOf(body);
        long userId = body.path("user_id").asLong(0);
        synchronized (lock) {
            List<User> chatAdmins = admins.getOrDefault(chatId, List.of());
            for (int i = 0; i < chatAdmins.size(); i++) {
                if (chatAdmins.get(i).id() == userId) return memberJson(chatAdmins.get(i), i == 0 ? "creator" : "administrator");
            }
            User user = knownUsers.get(userId);
            if (user == null) throw new ApiError(400, "Bad Request: user not found");
            return memberJson(user, statuses.getOrDefault(chatId, Map.of()).getOrDefault(userId, "left"));
        }
    }

    /** A ChatMember object of the Bot API; "restricted-left" is a restricted user who is no longer in the group. */
    private static ObjectNode memberJson(User u, String status) {
        ObjectNode member = JSON.createObjectNode();
        boolean restricted = status.startsWith("restricted");
        member.put("status", restricted ? "restricted" : status);
        member.set("user", userJson(u));
        switch (status) {
            case "creator" -> member.put("is_anonymous", false);
            case "administrator" -> member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
                    .put("can_delete_messages", true).put("can_manage_video_chats", true).put("can_restrict_members", true)
                    .put("can_promote_members", false).put("can_change_info", true).put("can_invite_users", true)
                    .put("can_post_stories", false).put("can_edit_stories", false).put("can_delete_stories", false);
            case "kicked" -> member.put("until_date", 0);
            default -> {
                if (restricted) {
                    member.put("is_member", status.equals("restricted")).put("can_send_messages", false).put("can_send_audios", false)
                            .put("can_send_documents", false).put("can_send_photos", false).put("can_send_videos", false)
                            .put("can_send_video_notes", false).put("can_send_voice_notes", false).put("can_send_polls", false)
                            .put("can_send_other_messages", false).put("can_add_web_page_previews", false).put("can_change_info", false)
                            .put("can_invite_users", false).put("can_pin_messages", false).put("can_manage_topics", false)
                            .put("until_date", 0);
                }
            }
        }
        return member;
    }

    private static ObjectNode userJson(User user) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
        if (user.lastName() != null) {
            json.put("last_name", user.lastName());
        }
        if (user.username() != null) {
            json.put("username", user.username());
        }
        return json;
    }

    private static ObjectNode chatJson(Chat chat, User from) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", chat.id()).put("type", chat.type());
        if (chat.title() != null) {
            json.put("title", chat.title());
        }
        if (chat.type().equals("private")) {
            // A private chat is named after the person; the sender is that person when the ids agree.
            json.put("first_name", from.id() == chat.id() ? from.firstName() : "User " + chat.id());
        }
        return json;
    }

    private static ObjectNode markupOf(ObjectNode body) {
        JsonNode markup = body.get("reply_markup");
        if (markup != null && markup.isTextual()) {
            try {
                markup = JSON.readTree(markup.asText());
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        return markup instanceof ObjectNode object ? object : null;
    }

    /** The official spelling of a known method, so "sendmessage" and "sendMessage" are one method. */
    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    private static String error(int code, String description, String parameter, long value) {
        ObjectNode json = JSON.createObjectNode();
        json.put("ok", false).put("error_code", code).put("description", description);
        if (parameter != null) {
            json.putObject("parameters").put(parameter, value);
        }
        return json.toString();
    }
}
