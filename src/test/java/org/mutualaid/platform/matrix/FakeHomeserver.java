package org.mutualaid.platform.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Matrix homeserver speaking the Client-Server API v3 JSON (the parts of sync.yaml,
 * room_send.yaml, joining.yaml, create_room.yaml, room_state.yaml, message_pagination.yaml and
 * whoami the bot uses), so that the bot's real HTTP client is tested end to end.
 *
 * <p>Any access token "tok_NAME" is the user @NAME:SERVER, so members can be played with curl;
 * the bot's token is given. Stream tokens are "sN": after the first N events. All state is
 * guarded by this object's monitor; long polls wait on it.
 *
 * <p>Run by hand: java -cp target/test-classes:target/mutual-aid-bot.jar
 * org.mutualaid.platform.matrix.FakeHomeserver [port] [bot user id] [bot token]
 */
public final class FakeHomeserver implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int INITIAL_TIMELINE = 10;
    private static final int HISTORY_BEFORE_JOIN = 10;
    private int syncLimit = 100;
    private int pageScan = Integer.MAX_VALUE;

    private final String server;
    private final String botUser;
    private final String botToken;
    private final HttpServer http;
    private final List<ObjectNode> events = new ArrayList<>();
    private final Map<String, Map<String, ObjectNode>> state = new LinkedHashMap<>();
    private final Map<String, String> txns = new HashMap<>();
    private final List<String> botTxnIds = new ArrayList<>();
    private final Map<String, String> displayNames = new HashMap<>();
    private final Map<String, byte[]> media = new HashMap<>();
    private final Map<String, String> mediaTypes = new HashMap<>();
    private int roomCounter;
    private int syncs;
    private boolean botTokenRefused;
    private final List<ObjectNode> failures = new ArrayList<>();
    private int lostResponses;
    private int failingJoins;
    private boolean down;
    private int refusedBotRequests;

    public FakeHomeserver(String botUser, String botToken) throws IOException {
        this(0, botUser, botToken);
    }

    public FakeHomeserver(int port, String botUser, String botToken) throws IOException {
        this.botUser = botUser;
        this.botToken = botToken;
        this.server = botUser.substring(botUser.indexOf(':') + 1);
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-homeserver");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/_matrix/client/v3/", this::serve);
        http.createContext("/_matrix/media/v3/upload", this::upload);
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8008;
        String user = args.length > 1 ? args[1] : "@aidbot:localhost";
        String token = args.length > 2 ? args[2] : "bot-secret-token";
        FakeHomeserver hs = new FakeHomeserver(port, user, token).start();
        System.out.println("Fake Matrix homeserver on " + hs.url() + " ; bot " + user + " ; members use tokens tok_NAME");
        Thread.currentThread().join();
    }

    public FakeHomeserver start() {
        http.start();
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public String userOf(String name) {
        return "@" + name + ":" + server;
    }

    public static String tokenOf(String name) {
        return "tok_" + name;
    }

    @Override
    public void close() {
        http.stop(0);
        synchronized (this) {
            notifyAll();
        }
    }

    // ---- controls for tests

    /** The next n sends by the bot fail with this status and body (and Retry-After header if given). */
    public synchronized void failBotSends(int n, int status, String errcode, Long retryAfterMs, String retryAfterHeader) {
        for (int i = 0; i < n; i++) {
            ObjectNode f = JSON.createObjectNode().put("status", status).put("errcode", errcode);
            if (retryAfterMs != null) f.put("retry_after_ms", retryAfterMs);
            if (retryAfterHeader != null) f.put("header", retryAfterHeader);
            failures.add(f);
        }
    }

    /** The next bot send is stored, but its answer is lost (the connection fails, as in a crash or a cut). */
    public synchronized void loseNextSendAnswer() {
        lostResponses++;
    }

    /** From now on every request with the bot's token gets 401 M_UNKNOWN_TOKEN. */
    public synchronized void refuseBotToken() {
        botTokenRefused = true;
    }

    /** The next n joins fail with 502, as Synapse answers when the inviting server cannot be reached. */
    public synchronized void failJoins(int n) {
        failingJoins = n;
    }

    /** While down, every request gets 502 from the proxy in front of the homeserver. */
    public synchronized void setDown(boolean down) {
        this.down = down;
        notifyAll();
    }

    /** At most this many events of a room in one sync; more make the timeline "limited", as after downtime. */
    public synchronized void setSyncLimit(int limit) {
        syncLimit = limit;
    }

    /** /messages reads at most this many events of the stream a page, so filtered pages can come back empty. */
    public synchronized void setPageScan(int events) {
        pageScan = events;
    }

    /** Requests with the bot's token refused since refuseBotToken(). */
    public synchronized int refusedBotRequests() {
        return refusedBotRequests;
    }

    public synchronized List<String> botTxnIds() {
        return List.copyOf(botTxnIds);
    }

    public synchronized int syncCount() {
        return syncs;
    }

    public synchronized void setDisplayName(String user, String name) {
        displayNames.put(user, name);
    }

    public synchronized String createRoom(String creator, String name, List<String> invite, boolean direct, boolean encrypted) {
        String room = "!room" + (++roomCounter) + ":" + server;
        state.put(room, new LinkedHashMap<>());
        add(room, creator, "m.room.create", "", JSON.createObjectNode().put("creator", creator));
        add(room, creator, "m.room.member", creator, member("join", creator, false));
        ObjectNode levels = JSON.createObjectNode();
        levels.putObject("users").put(creator, 100);
        levels.put("users_default", 0);
        add(room, creator, "m.room.power_levels", "", levels);
        if (name != null) add(room, creator, "m.room.name", "", JSON.createObjectNode().put("name", name));
        if (encrypted) add(room, creator, "m.room.encryption", "", JSON.createObjectNode().put("algorithm", "m.megolm.v1.aes-sha2"));
        for (String u : invite) add(room, creator, "m.room.member", u, member("invite", u, direct));
        return room;
    }

    public synchronized void join(String user, String room) {
        add(room, user, "m.room.member", user, member("join", user, false));
    }

    public synchronized void invite(String by, String room, String user) {
        add(room, by, "m.room.member", user, member("invite", user, false));
    }

    public synchronized void kick(String by, String room, String user) {
        add(room, by, "m.room.member", user, member("leave", user, false));
    }

    public synchronized void setPowerLevel(String by, String room, String user, int level) {
        ObjectNode levels = state.get(room).get("m.room.power_levels|").path("content").deepCopy();
        ((ObjectNode) levels.path("users")).put(user, level);
        add(room, by, "m.room.power_levels", "", levels);
    }

    /** A member's text message; returns its event id. */
    public synchronized String say(String user, String room, String text) {
        ObjectNode content = JSON.createObjectNode().put("msgtype", "m.text").put("body", text);
        return add(room, user, "m.room.message", null, content).path("event_id").asText();
    }

    /** A member's image, as clients send it: its body is the file's name. */
    public synchronized String sendImage(String user, String room, String fileName) {
        ObjectNode content = JSON.createObjectNode().put("msgtype", "m.image").put("body", fileName).put("url", "mxc://example.org/abc");
        content.putObject("info").put("mimetype", "image/jpeg").put("size", 1234);
        return add(room, user, "m.room.message", null, content).path("event_id").asText();
    }

    /** A member's text message in reply to another event (without a fallback quote, as newer clients send it). */
    public synchronized String replyTo(String user, String room, String eventId, String text) {
        ObjectNode content = JSON.createObjectNode().put("msgtype", "m.text").put("body", text);
        content.putObject("m.relates_to").putObject("m.in_reply_to").put("event_id", eventId);
        return add(room, user, "m.room.message", null, content).path("event_id").asText();
    }

    public synchronized List<ObjectNode> eventsIn(String room) {
        return events.stream().filter(e -> e.path("room_id").asText().equals(room)).map(ObjectNode::deepCopy).toList();
    }

    /** The bot's messages in the room, oldest first. */
    public synchronized List<ObjectNode> botMessages(String room) {
        return eventsIn(room).stream().filter(e -> e.path("type").asText().equals("m.room.message") && e.path("sender").asText().equals(botUser))
                .toList();
    }

    public synchronized String membership(String room, String user) {
        ObjectNode m = state.getOrDefault(room, Map.of()).get("m.room.member|" + user);
        return m == null ? "none" : m.path("content").path("membership").asText();
    }

    /** Rooms the user is invited to or joined, in the order they were made. */
    public synchronized List<String> roomsOf(String user) {
        return state.keySet().stream().filter(r -> List.of("join", "invite").contains(membership(r, user))).toList();
    }

    /** Waits until the condition (checked under the monitor) holds. */
    public boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long left = end - System.nanoTime();
                if (left <= 0) return false;
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    // ---- the model

    private ObjectNode member(String membership, String user, boolean direct) {
        ObjectNode c = JSON.createObjectNode().put("membership", membership);
        if (membership.equals("join")) c.put("displayname", displayNames.getOrDefault(user, user.substring(1, user.indexOf(':'))));
        if (direct) c.put("is_direct", true);
        return c;
    }

    private ObjectNode add(String room, String sender, String type, String stateKey, JsonNode content) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", type).put("sender", sender).put("room_id", room)
                .put("event_id", "$ev" + (events.size() + 1) + "_" + room.substring(1, room.indexOf(':')))
                .put("origin_server_ts", System.currentTimeMillis());
        if (stateKey != null) e.put("state_key", stateKey);
        e.set("content", content);
        events.add(e);
        if (stateKey != null) state.get(room).put(type + "|" + stateKey, e);
        notifyAll();
        return e;
    }

    private static int pos(ObjectNode e, List<ObjectNode> all) {
        return all.indexOf(e) + 1;
    }

    private static ObjectNode clientEvent(ObjectNode e) {
        ObjectNode c = e.deepCopy();
        c.remove("room_id");
        return c;
    }

    /** The membership event of user in room as of stream position n (0: none). */
    private ObjectNode membershipAt(String room, String user, int n) {
        ObjectNode last = null;
        for (int i = 0; i < n; i++) {
            ObjectNode e = events.get(i);
            if (e.path("room_id").asText().equals(room) && e.path("type").asText().equals("m.room.member")
                    && user.equals(e.path("state_key").asText())) last = e;
        }
        return last;
    }

    private ObjectNode sync(String user, Integer since) {
        syncs++;
        int now = events.size();
        ObjectNode r = JSON.createObjectNode();
        r.put("next_batch", "s" + now);
        ObjectNode rooms = r.putObject("rooms");
        ObjectNode join = rooms.putObject("join");
        ObjectNode invite = rooms.putObject("invite");
        ObjectNode leave = rooms.putObject("leave");
        for (String room : state.keySet()) {
            ObjectNode current = membershipAt(room, user, now);
            if (current == null) continue;
            String membership = current.path("content").path("membership").asText();
            int currentPos = pos(current, events);
            List<ObjectNode> roomEvents = events.stream().filter(e -> e.path("room_id").asText().equals(room)).toList();
            if (membership.equals("join")) {
                boolean newlyJoined = since == null || currentPos > since;
                List<ObjectNode> window;
                if (since == null) {
                    window = roomEvents.subList(Math.max(0, roomEvents.size() - INITIAL_TIMELINE), roomEvents.size());
                } else if (newlyJoined) {
                    int joinIndex = roomEvents.indexOf(current);
                    window = roomEvents.subList(Math.max(0, joinIndex - HISTORY_BEFORE_JOIN), roomEvents.size());
                } else {
                    window = roomEvents.stream().filter(e -> pos(e, events) > since).toList();
                }
                if (window.isEmpty() && !newlyJoined) continue;
                boolean limited = false;
                if (window.size() > syncLimit) {
                    window = window.subList(window.size() - syncLimit, window.size());
                    limited = true;
                }
                limited |= since == null && roomEvents.size() > window.size();
                ObjectNode j = join.putObject(room);
                ArrayNode st = j.putObject("state").putArray("events");
                if (newlyJoined) {
                    List<ObjectNode> inWindow = window;
                    state.get(room).values().stream().filter(e -> !inWindow.contains(e)).forEach(e -> st.add(clientEvent(e)));
                }
                ObjectNode tl = j.putObject("timeline");
                ArrayNode list = tl.putArray("events");
                window.forEach(e -> list.add(clientEvent(e)));
                tl.put("limited", limited);
                tl.put("prev_batch", "s" + (window.isEmpty() ? now : pos(window.get(0), events) - 1));
            } else if (membership.equals("invite") && (since == null || currentPos > since)) {
                ArrayNode st = invite.putObject(room).putObject("invite_state").putArray("events");
                for (String key : List.of("m.room.create|", "m.room.name|", "m.room.encryption|", "m.room.member|" + user)) {
                    ObjectNode e = state.get(room).get(key);
                    if (e == null) continue;
                    st.add(JSON.createObjectNode().put("type", e.path("type").asText()).put("state_key", e.path("state_key").asText())
                            .put("sender", e.path("sender").asText()).set("content", e.path("content").deepCopy()));
                }
            } else if ((membership.equals("leave") || membership.equals("ban")) && since != null && currentPos > since) {
                ObjectNode l = leave.putObject(room);
                l.putObject("timeline").putArray("events").add(clientEvent(current));
            }
        }
        return r;
    }

    private boolean hasNews(String user, int since) {
        for (int i = since; i < events.size(); i++) {
            ObjectNode e = events.get(i);
            String room = e.path("room_id").asText();
            ObjectNode m = membershipAt(room, user, events.size());
            if (m != null && !m.path("content").path("membership").asText().equals("none")) return true;
        }
        return false;
    }

    // ---- HTTP

    private void upload(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || userFor(auth.replace("Bearer ", "")) == null) {
            respond(ex, 401, error("M_UNKNOWN_TOKEN", "Unrecognised access token"), null);
            return;
        }
        byte[] bytes = ex.getRequestBody().readAllBytes();
        String uri;
        synchronized (this) {
            uri = "mxc://" + server + "/media" + (media.size() + 1);
            media.put(uri, bytes);
            mediaTypes.put(uri, ex.getRequestHeaders().getFirst("Content-Type"));
        }
        respond(ex, 200, JSON.createObjectNode().put("content_uri", uri), null);
    }

    /** The bytes uploaded under an mxc:// URI, or null. */
    public synchronized byte[] media(String uri) {
        return media.get(uri);
    }

    public synchronized String mediaType(String uri) {
        return mediaTypes.get(uri);
    }

    private static final Pattern ROOM_PATH = Pattern.compile("/rooms/([^/]+)/(.+)");

    private void serve(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getRawPath().substring("/_matrix/client/v3".length());
            Map<String, String> query = query(ex.getRequestURI().getRawQuery());
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : query.get("access_token");
            synchronized (this) {
                if (down) {
                    respond(ex, 502, JSON.createObjectNode(), null);
                    return;
                }
            }
            String user = userFor(token);
            if (user == null) {
                respond(ex, 401, error("M_UNKNOWN_TOKEN", "Unrecognised access token"), null);
                return;
            }
            byte[] raw = ex.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            route(ex, ex.getRequestMethod(), path, query, user, token, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.close();
        } catch (RuntimeException e) {
            respond(ex, 500, error("M_UNKNOWN", String.valueOf(e)), null);
        }
    }

    private synchronized String userFor(String token) {
        if (token == null) return null;
        if (token.equals(botToken)) {
            if (botTokenRefused) refusedBotRequests++;
            return botTokenRefused ? null : botUser;
        }
        if (token.startsWith("tok_") && token.length() > 4) return userOf(token.substring(4));
        return null;
    }

    private void route(HttpExchange ex, String method, String path, Map<String, String> q, String user, String token, JsonNode body)
            throws IOException, InterruptedException {
        if (method.equals("GET") && path.equals("/account/whoami")) {
            respond(ex, 200, JSON.createObjectNode().put("user_id", user), null);
        } else if (method.equals("GET") && path.equals("/sync")) {
            respond(ex, 200, longPoll(user, q), null);
        } else if (method.equals("POST") && path.equals("/createRoom")) {
            List<String> invite = new ArrayList<>();
            body.path("invite").forEach(u -> invite.add(u.asText()));
            boolean encrypted = false;
            for (JsonNode s : body.path("initial_state")) encrypted |= s.path("type").asText().equals("m.room.encryption");
            String room = createRoom(user, body.path("name").asText(null), invite, body.path("is_direct").asBoolean(false), encrypted);
            respond(ex, 200, JSON.createObjectNode().put("room_id", room), null);
        } else if (method.equals("POST") && path.startsWith("/join/")) {
            joinByRequest(ex, user, decode(path.substring("/join/".length())));
        } else {
            Matcher m = ROOM_PATH.matcher(path);
            if (!m.matches()) {
                respond(ex, 404, error("M_UNRECOGNIZED", "Unrecognized request"), null);
                return;
            }
            roomRequest(ex, method, decode(m.group(1)), m.group(2), q, user, token, body);
        }
    }

    private void roomRequest(HttpExchange ex, String method, String room, String rest, Map<String, String> q, String user, String token,
                             JsonNode body) throws IOException {
        boolean exists;
        synchronized (this) {
            exists = state.containsKey(room);
        }
        if (!exists) {
            respond(ex, 404, error("M_NOT_FOUND", "Unknown room"), null);
            return;
        }
        if (method.equals("POST") && rest.equals("join")) {
            joinByRequest(ex, user, room);
        } else if (method.equals("POST") && rest.equals("leave")) {
            synchronized (this) {
                add(room, user, "m.room.member", user, member("leave", user, false));
            }
            respond(ex, 200, JSON.createObjectNode(), null);
        } else if (method.equals("POST") && (rest.equals("invite") || rest.equals("kick"))) {
            String target = body.path("user_id").asText();
            synchronized (this) {
                if (rest.equals("invite")) invite(user, room, target);
                else kick(user, room, target);
            }
            respond(ex, 200, JSON.createObjectNode(), null);
        } else if (method.equals("PUT") && rest.startsWith("send/")) {
            String[] parts = rest.split("/");
            send(ex, room, decode(parts[1]), decode(parts[2]), user, token, body);
        } else if (rest.startsWith("state/")) {
            String[] parts = rest.split("/", 3);
            String type = decode(parts[1]);
            String key = parts.length > 2 ? decode(parts[2]) : "";
            if (method.equals("PUT")) {
                ObjectNode e;
                synchronized (this) {
                    e = add(room, user, type, key, body);
                }
                respond(ex, 200, JSON.createObjectNode().put("event_id", e.path("event_id").asText()), null);
            } else {
                ObjectNode e;
                synchronized (this) {
                    e = state.get(room).get(type + "|" + key);
                }
                if (e == null) respond(ex, 404, error("M_NOT_FOUND", "Event not found."), null);
                else respond(ex, 200, e.path("content"), null);
            }
        } else if (method.equals("GET") && rest.startsWith("event/")) {
            String id = decode(rest.substring("event/".length()));
            ObjectNode found;
            synchronized (this) {
                found = events.stream().filter(e -> e.path("event_id").asText().equals(id) && e.path("room_id").asText().equals(room))
                        .findFirst().map(FakeHomeserver::clientEvent).orElse(null);
            }
            if (found == null) respond(ex, 404, error("M_NOT_FOUND", "Event not found."), null);
            else respond(ex, 200, found, null);
        } else if (method.equals("GET") && rest.equals("messages")) {
            respond(ex, 200, messages(room, q), null);
        } else {
            respond(ex, 404, error("M_UNRECOGNIZED", "Unrecognized request"), null);
        }
    }

    private void joinByRequest(HttpExchange ex, String user, String room) throws IOException {
        synchronized (this) {
            if (user.equals(botUser) && failingJoins > 0) {
                failingJoins--;
                respond(ex, 502, error("M_UNKNOWN", "Failed to make_join via any server"), null);
                return;
            }
            if (!state.containsKey(room)) {
                respond(ex, 404, error("M_NOT_FOUND", "No known servers"), null);
                return;
            }
            String m = membership(room, user);
            if (!m.equals("invite") && !m.equals("join")) {
                respond(ex, 403, error("M_FORBIDDEN", "You are not invited to this room."), null);
                return;
            }
            if (!m.equals("join")) join(user, room);
        }
        respond(ex, 200, JSON.createObjectNode().put("room_id", room), null);
    }

    private void send(HttpExchange ex, String room, String type, String txnId, String user, String token, JsonNode body) throws IOException {
        ObjectNode failure = null;
        boolean lose = false;
        String eventId;
        synchronized (this) {
            if (user.equals(botUser)) {
                botTxnIds.add(txnId);
                if (!failures.isEmpty()) failure = failures.remove(0);
            }
            if (failure == null) {
                if (!membership(room, user).equals("join")) {
                    respond(ex, 403, error("M_FORBIDDEN", "User " + user + " not in room " + room), null);
                    return;
                }
                String key = token + "|" + txnId;
                eventId = txns.get(key);
                if (eventId == null) {
                    eventId = add(room, user, type, null, body).path("event_id").asText();
                    txns.put(key, eventId);
                }
                if (user.equals(botUser) && lostResponses > 0) {
                    lostResponses--;
                    lose = true;
                }
            } else {
                eventId = null;
            }
        }
        if (failure != null) {
            ObjectNode err = error(failure.path("errcode").asText(), "Failing as the test asked");
            if (failure.has("retry_after_ms")) err.put("retry_after_ms", failure.path("retry_after_ms").asLong());
            respond(ex, failure.path("status").asInt(), err, failure.path("header").asText(null));
        } else if (lose) {
            // the event is stored but the client never hears so
            ex.close();
        } else {
            respond(ex, 200, JSON.createObjectNode().put("event_id", eventId), null);
        }
    }

    private synchronized ObjectNode messages(String room, Map<String, String> q) {
        int from = token(q.get("from"), events.size());
        int to = q.containsKey("to") ? token(q.get("to"), 0) : 0;
        int limit = Integer.parseInt(q.getOrDefault("limit", "10"));
        ObjectNode r = JSON.createObjectNode();
        ArrayNode chunk = r.putArray("chunk");
        int last = from;
        // a page reads up to limit events of the stream and keeps the room's: a page may come back empty with an end
        for (int i = from; i > to && from - i < Math.min(limit, pageScan); i--) {
            ObjectNode e = events.get(i - 1);
            last = i - 1;
            if (e.path("room_id").asText().equals(room)) chunk.add(clientEvent(e));
        }
        r.put("start", "s" + from);
        if (last > to) r.put("end", "s" + last);
        return r;
    }

    private ObjectNode longPoll(String user, Map<String, String> q) throws InterruptedException {
        Integer since = q.containsKey("since") ? token(q.get("since"), 0) : null;
        long timeoutMs = Long.parseLong(q.getOrDefault("timeout", "0"));
        long end = System.currentTimeMillis() + timeoutMs;
        synchronized (this) {
            if (since != null) {
                while (!hasNews(user, since)) {
                    long left = end - System.currentTimeMillis();
                    if (left <= 0) break;
                    wait(left);
                }
            }
            return sync(user, since);
        }
    }

    private static int token(String t, int otherwise) {
        return t != null && t.matches("s\\d+") ? Integer.parseInt(t.substring(1)) : otherwise;
    }

    private static ObjectNode error(String errcode, String message) {
        return JSON.createObjectNode().put("errcode", errcode).put("error", message);
    }

    private static void respond(HttpExchange ex, int status, JsonNode body, String retryAfterHeader) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (retryAfterHeader != null) ex.getResponseHeaders().set("Retry-After", retryAfterHeader);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) q.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return q;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
