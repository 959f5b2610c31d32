package org.mutualaid.platform.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mutualaid.core.Bot;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.port.PlatformState;
import org.mutualaid.core.port.Storage;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The /sync long poll, on its own thread: each batch of events is handed to the core one event
 * at a time, and the batch's next_batch is stored in the transaction of its last recorded event
 * (or on its own when nothing in the batch was for the bot). After a crash the same batch comes
 * again from the stored position; events already handled are then recognised by their ids.
 */
final class MatrixSync {

    private static final Logger log = LoggerFactory.getLogger(MatrixSync.class);
    static final String POSITION_KEY = "next_batch";
    static final Duration POLL = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration PAUSE_WHEN_UNWRITABLE = Duration.ofSeconds(5);
    /** How far back a gap in a room's timeline (after downtime) is filled from /messages. */
    private static final int MAX_BACKFILL_PAGES = 10;
    /** A first sync on a large account can take Synapse minutes. */
    private static final Duration FIRST_SYNC_TIMEOUT = Duration.ofMinutes(5);
    /** How many syncs an invite whose join failed (a remote server down) is tried again: about 20 minutes. */
    private static final int JOIN_TRIES = 40;
    /** How many members with coordinator power levels are asked about, per room, whether they are still in it. */
    private static final int MAX_PRESENCE_CHECKS = 20;
    private static final List<String> TYPES = List.of("m.room.message", "m.room.member", "m.room.power_levels", "m.room.encryption",
            "m.room.name", "m.room.create");
    /** Only what the bot uses: no presence, receipts, typing or account data; members loaded lazily. */
    static final String FILTER = "{\"account_data\":{\"types\":[]},\"presence\":{\"types\":[]},\"room\":{"
            + "\"account_data\":{\"types\":[]},\"ephemeral\":{\"types\":[]},"
            + "\"state\":{\"types\":" + jsonList(TYPES.subList(1, TYPES.size())) + ",\"lazy_load_members\":true},"
            + "\"timeline\":{\"types\":" + jsonList(TYPES) + ",\"limit\":100}}}";

    private final MatrixApi api;
    private final String botUserId;
    private final Storage storage;
    private final Bot bot;
    private final CommandParser parser;
    private final RoomState rooms;
    private final DirectRooms directRooms;
    private final List<String> invitesFrom;
    private final Runnable afterBatch;
    private final Runnable tokenRefused;
    private volatile boolean stopping;
    /** Invites whose join failed for a reason that may pass, with the tries left; only the sync thread uses it. */
    private final Map<String, PendingJoin> pendingJoins = new java.util.LinkedHashMap<>();

    /** An invite not joined yet, and how many more syncs it is tried at. */
    private record PendingJoin(JsonNode invite, int triesLeft) {}

    MatrixSync(MatrixApi api, String botUserId, Storage storage, Bot bot, CommandParser parser, RoomState rooms,
               DirectRooms directRooms, List<String> invitesFrom, Runnable afterBatch, Runnable tokenRefused) {
        this.api = api;
        this.botUserId = botUserId;
        this.storage = storage;
        this.bot = bot;
        this.parser = parser;
        this.rooms = rooms;
        this.directRooms = directRooms;
        this.invitesFrom = invitesFrom;
        this.afterBatch = afterBatch;
        this.tokenRefused = tokenRefused;
    }

    void stop() {
        stopping = true;
    }

    /** Polls until stopped, the thread is interrupted, or the homeserver refuses the token. */
    void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                if (!verified) {
                    verifyAccount();
                    verified = true;
                }
                if (syncOnce()) {
                    backoff = Duration.ofSeconds(1);
                } else {
                    Thread.sleep(PAUSE_WHEN_UNWRITABLE.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (MatrixException e) {
                if (stopping) return;
                if (e.tokenRefused() || e.status() == WRONG_ACCOUNT) {
                    if (e.status() == WRONG_ACCOUNT) log.error("Matrix: {}; the Matrix side has stopped", e.getMessage());
                    tokenRefused.run();
                    return;
                }
                Duration wait = e.rateLimited() && e.retryAfter() != null ? e.retryAfter() : backoff;
                log.warn("Matrix sync failed ({}); trying again in {} s", e.getMessage(), wait.toSeconds());
                if (!sleep(wait)) return;
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } catch (RuntimeException e) {
                if (stopping) return;
                log.error("A Matrix sync batch could not be handled; it is fetched again in {} s", backoff.toSeconds(), e);
                if (!sleep(backoff)) return;
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** A status no homeserver sends: the token belongs to another account than MATRIX_USER_ID. */
    static final int WRONG_ACCOUNT = 1;
    private volatile boolean verified;

    /** The homeserver was reachable at start and confirmed the account: no need to ask again. */
    void accountVerified() {
        verified = true;
    }

    private void verifyAccount() throws MatrixException, InterruptedException {
        String user = api.get("/account/whoami").path("user_id").asText("");
        if (!user.equals(botUserId)) {
            throw new MatrixException(WRONG_ACCOUNT, null, "the access token belongs to " + user + ", not to MATRIX_USER_ID " + botUserId,
                    null);
        }
        log.info("Matrix: the homeserver is reachable again and confirmed the bot's account");
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One /sync and its events. Returns false when the database could not record an event: the
     * position stays where it was, so the batch is fetched again.
     */
    boolean syncOnce() throws MatrixException, InterruptedException {
        Optional<String> since = position();
        if (since.isEmpty()) {
            firstSync();
            return true;
        }
        JsonNode response = api.get("/sync", Map.of("since", since.get(), "timeout", String.valueOf(pollFor().toMillis()), "filter", FILTER),
                POLL.plusSeconds(15));
        String next = response.path("next_batch").asText("");
        if (next.isEmpty()) throw new MatrixException(502, null, "sync gave no next_batch", null);
        List<Step> steps = new ArrayList<>();
        joinInvites(response.path("rooms").path("invite"));
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("rooms").path("join").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> room = it.next();
            joinedRoom(room.getKey(), room.getValue(), since.get(), steps);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("rooms").path("leave").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> room = it.next();
            leftRoom(room.getKey(), room.getValue(), next, steps);
        }
        try {
            return handle(steps, next);
        } finally {
            afterBatch.run();
        }
    }

    /** The long poll's length: shorter while a failed join waits to be tried again (2 s, 4 s, ... up to 30 s). */
    private Duration pollFor() {
        if (pendingJoins.isEmpty()) return POLL;
        int used = JOIN_TRIES - pendingJoins.values().stream().mapToInt(PendingJoin::triesLeft).min().orElse(JOIN_TRIES);
        Duration d = Duration.ofSeconds(2L << Math.min(Math.max(used - 1, 0), 4));
        return d.compareTo(POLL) > 0 ? POLL : d;
    }

    /**
     * The very first start on this database: the rooms' history is skipped (old commands are never
     * answered); pending invites are taken up.
     */
    private void firstSync() throws MatrixException, InterruptedException {
        JsonNode response = api.get("/sync", Map.of("timeout", "0", "filter", FILTER), FIRST_SYNC_TIMEOUT);
        String next = response.path("next_batch").asText("");
        if (next.isEmpty()) throw new MatrixException(502, null, "sync gave no next_batch", null);
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("rooms").path("join").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> room = it.next();
            for (JsonNode e : room.getValue().path("state").path("events")) rooms.apply(room.getKey(), e);
            for (JsonNode e : room.getValue().path("timeline").path("events")) {
                if (e.has("state_key")) rooms.apply(room.getKey(), e);
            }
        }
        joinInvites(response.path("rooms").path("invite"));
        savePosition(next);
        log.info("Matrix: first start on this database; the rooms' earlier messages are left unanswered");
    }

    private Optional<String> position() {
        return storage.inTransaction(tx -> tx.platformState().get(MatrixMessenger.PLATFORM, POSITION_KEY));
    }

    private void savePosition(String next) {
        storage.inTransaction(tx -> {
            savePosition(tx, next);
            return null;
        });
    }

    private static void savePosition(Transaction tx, String next) {
        tx.platformState().put(MatrixMessenger.PLATFORM, POSITION_KEY, next);
    }

    /** One thing for the core to do; given what else to do in its transaction (storing the position). */
    private interface Step extends Function<Consumer<Transaction>, Bot.Outcome> {}

    private boolean handle(List<Step> steps, String next) {
        Bot.Outcome last = Bot.Outcome.IGNORED;
        for (int i = 0; i < steps.size(); i++) {
            boolean lastStep = i == steps.size() - 1;
            last = steps.get(i).apply(lastStep ? tx -> savePosition(tx, next) : tx -> { });
            if (last == Bot.Outcome.UNRECORDED) {
                log.error("The database is not writable; the Matrix events of this sync will be fetched again");
                return false;
            }
        }
        // the position went in with the last event only if that one was recorded
        if (last != Bot.Outcome.HANDLED) savePosition(next);
        return true;
    }

    private void joinInvites(JsonNode invites) throws MatrixException, InterruptedException {
        for (Iterator<Map.Entry<String, JsonNode>> it = invites.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> invite = it.next();
            pendingJoins.put(invite.getKey(), new PendingJoin(invite.getValue(), JOIN_TRIES));
        }
        for (String roomId : List.copyOf(pendingJoins.keySet())) {
            if (tryToJoin(roomId, pendingJoins.get(roomId).invite())) {
                pendingJoins.remove(roomId);
            }
        }
    }

    /**
     * Joins (or declines) one invite. False when the join failed for a reason that may pass (the
     * inviting server is down): it is tried again at the next syncs, and the other rooms go on.
     * A refused token or a rate limit ends the whole batch.
     */
    private boolean tryToJoin(String roomId, JsonNode invite) throws MatrixException, InterruptedException {
        JsonNode ownInvite = null;
        for (JsonNode e : invite.path("invite_state").path("events")) {
            if (e.path("type").asText().equals("m.room.member") && botUserId.equals(e.path("state_key").asText())) ownInvite = e;
        }
        String inviter = ownInvite == null ? "" : ownInvite.path("sender").asText("");
        if (!invitedByAllowed(inviter)) {
            log.info("Matrix: declined an invite to a room from someone not in matrix.invites-from");
            try {
                api.post("/rooms/" + MatrixApi.segment(roomId) + "/leave", api.json().createObjectNode());
            } catch (MatrixException e) {
                if (e.tokenRefused() || e.rateLimited()) throw e;
                log.warn("Matrix: could not decline an invite: {}", e.getMessage());
            }
            return true;
        }
        try {
            api.post("/join/" + MatrixApi.segment(roomId), api.json().createObjectNode());
        } catch (MatrixException e) {
            if (e.tokenRefused() || e.rateLimited()) throw e;
            int left = pendingJoins.get(roomId).triesLeft() - 1;
            if (e.transientFailure() && left > 0) {
                pendingJoins.put(roomId, new PendingJoin(invite, left));
                log.warn("Matrix: could not join a room the bot was invited to ({}); will try again", e.getMessage());
                return false;
            }
            log.warn("Matrix: could not join a room the bot was invited to: {}", e.getMessage());
            return true;
        }
        boolean direct = ownInvite != null && ownInvite.path("content").path("is_direct").asBoolean(false);
        if (direct && !inviter.isEmpty()) directRooms.remember(roomId, inviter);
        log.info("Matrix: joined a {} the bot was invited to", direct ? "direct room" : "room");
        return true;
    }

    private boolean invitedByAllowed(String inviter) {
        if (invitesFrom.isEmpty()) return true;
        String server = inviter.indexOf(':') > 0 ? inviter.substring(inviter.indexOf(':') + 1) : "";
        return invitesFrom.contains(inviter) || invitesFrom.contains(server);
    }

    private void joinedRoom(String roomId, JsonNode room, String since, List<Step> steps) throws MatrixException, InterruptedException {
        List<JsonNode> stateEvents = new ArrayList<>();
        room.path("state").path("events").forEach(stateEvents::add);
        List<JsonNode> timeline = new ArrayList<>();
        JsonNode t = room.path("timeline");
        if (t.path("limited").asBoolean(false) && t.hasNonNull("prev_batch")) {
            timeline.addAll(backfill(roomId, t.path("prev_batch").asText(), since));
        }
        t.path("events").forEach(timeline::add);
        JsonNode encryption = null;
        for (JsonNode e : stateEvents) {
            rooms.apply(roomId, e);
            noteDirect(roomId, e);
            if (e.path("type").asText().equals("m.room.encryption")) encryption = e;
        }
        // events before the bot's own join are history: never answer old commands
        int start = 0;
        JsonNode ownJoin = null;
        for (int i = 0; i < timeline.size(); i++) {
            JsonNode e = timeline.get(i);
            if (isMembership(e, botUserId, "join")) {
                start = i + 1;
                ownJoin = e;
            }
            if (e.has("state_key")) noteDirect(roomId, e);
        }
        if (ownJoin != null) {
            // (back) in the room: the core may write there again
            String joinId = ownJoin.path("event_id").asText("joined:" + roomId + ":" + since);
            Optional<String> partner = directRooms.memberOf(roomId);
            steps.add(also -> bot.chatMembership(MatrixMessenger.PLATFORM, joinId, roomId, rooms.title(roomId), partner.orElse(null), true,
                    also));
        }
        for (int i = 0; i < timeline.size(); i++) {
            JsonNode e = timeline.get(i);
            if (e.has("state_key")) {
                rooms.apply(roomId, e);
                if (e.path("type").asText().equals("m.room.encryption")) encryption = e;
                if (e.path("type").asText().equals("m.room.member") && !botUserId.equals(e.path("state_key").asText())) {
                    partnerMembership(roomId, e, steps);
                    groupMembership(roomId, e, steps);
                }
                if (e.path("type").asText().equals("m.room.power_levels") || e.path("type").asText().equals("m.room.member")) {
                    // a demotion, a promotion or a coordinator's departure counts at once, not at the room's next message
                    steps.add(coordinatorsStep(roomId, e));
                }
            } else if (i >= start) {
                Incoming in = incoming(roomId, e);
                if (in != null) steps.add(also -> handleMessage(in, also));
            }
        }
        if (encryption != null) {
            // a direct room the bot cannot read is no way to talk privately: the next private message opens a new one
            rooms.markEncrypted(roomId);
            if (directRooms.memberOf(roomId).isPresent()) directRooms.forgetRoom(roomId);
            // after the join: the room is then marked as one the bot cannot work in
            steps.add(unreadable(roomId, encryption));
        }
    }

    private Bot.Outcome handleMessage(Incoming message, Consumer<Transaction> also) {
        Incoming in = withCoordinators(message);
        Bot.Outcome outcome = bot.handle(in, parser, also);
        // the core keeps the list only when it stored the message (or, for plain chat, the list alone)
        if (in.coordinators() != null && (outcome == Bot.Outcome.HANDLED || outcome == Bot.Outcome.IGNORED)) {
            rooms.reported(in.chatRef(), in.coordinators());
        }
        return outcome;
    }

    /**
     * A membership marked is_direct between the bot and one member makes the room their direct
     * room: when they invited the bot so, or when the bot opened it (the sync may show the new
     * room before the sending side has stored it).
     */
    private void noteDirect(String roomId, JsonNode e) {
        if (!e.path("type").asText().equals("m.room.member") || !e.path("content").path("is_direct").asBoolean(false)) return;
        String sender = e.path("sender").asText("");
        String target = e.path("state_key").asText("");
        String member = sender.equals(botUserId) ? target : target.equals(botUserId) ? sender : null;
        if (member == null || member.isEmpty() || member.equals(botUserId) || rooms.isEncrypted(roomId)) return;
        if (directRooms.memberOf(roomId).isEmpty()) directRooms.remember(roomId, member);
    }

    /** The events of a gap in a room's timeline, oldest first: from the sync's prev_batch back to where the last sync ended. */
    private List<JsonNode> backfill(String roomId, String from, String since) throws MatrixException, InterruptedException {
        List<JsonNode> newestFirst = new ArrayList<>();
        String token = from;
        for (int page = 0; page < MAX_BACKFILL_PAGES && token != null; page++) {
            JsonNode r = api.get("/rooms/" + MatrixApi.segment(roomId) + "/messages",
                    Map.of("from", token, "to", since, "dir", "b", "limit", "100", "filter", "{\"types\":" + jsonList(TYPES) + "}"), POLL);
            r.path("chunk").forEach(newestFirst::add);
            // an empty chunk with an end (events filtered out) does not mean the gap is filled
            String end = r.path("end").asText(null);
            token = end == null || end.equals(token) ? null : end;
            if (page == MAX_BACKFILL_PAGES - 1 && token != null) {
                log.warn("Matrix: a room had more than {} events while the bot was away; older ones are left unanswered",
                        MAX_BACKFILL_PAGES * 100);
            }
        }
        List<JsonNode> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * The member left their direct room: like blocking the bot on Telegram, nothing more goes to
     * them privately until they write to the bot or invite it again.
     */
    private void partnerMembership(String roomId, JsonNode e, List<Step> steps) {
        String membership = e.path("content").path("membership").asText();
        if (!membership.equals("leave") && !membership.equals("ban")) return;
        String user = e.path("state_key").asText();
        if (directRooms.memberOf(roomId).filter(user::equals).isEmpty()) return;
        directRooms.forgetRoom(roomId);
        String eventId = e.path("event_id").asText("left:" + roomId + ":" + user);
        steps.add(also -> bot.chatMembership(MatrixMessenger.PLATFORM, eventId, roomId, null, user, false, also));
    }

    /**
     * Someone else left a group room or was removed (kicked, banned): it is no longer one of their
     * groups, nor do they coordinate it. Someone the bot knows who joins has it as theirs again.
     */
    private void groupMembership(String roomId, JsonNode e, List<Step> steps) {
        if (directRooms.memberOf(roomId).isPresent()) return;
        String membership = e.path("content").path("membership").asText();
        String user = e.path("state_key").asText("");
        String eventId = e.path("event_id").asText("");
        if (user.isEmpty() || eventId.isEmpty()) return;
        if (membership.equals("leave") || membership.equals("ban")) {
            steps.add(also -> bot.memberLeft(MatrixMessenger.PLATFORM, eventId, roomId, user, also));
        } else if (membership.equals("join")) {
            steps.add(also -> bot.membersJoined(MatrixMessenger.PLATFORM, eventId, roomId, List.of(new Person(user, rooms.name(roomId, user))),
                    also));
        }
    }

    /** After a change of power levels or membership in a group room: the core hears of its coordinators if they changed. */
    private Step coordinatorsStep(String roomId, JsonNode e) {
        String eventId = "coordinators:" + e.path("event_id").asText("");
        return also -> {
            if (eventId.equals("coordinators:") || directRooms.memberOf(roomId).isPresent() || rooms.isEncrypted(roomId)
                    || !rooms.knowsPowerLevels(roomId)) {
                return Bot.Outcome.IGNORED;
            }
            List<Person> now = coordinatorsIfChanged(roomId);
            if (now == null) return Bot.Outcome.IGNORED;
            Bot.Outcome outcome = bot.coordinatorsChanged(MatrixMessenger.PLATFORM, eventId, roomId, rooms.title(roomId), now, also);
            if (outcome == Bot.Outcome.HANDLED) rooms.reported(roomId, now);
            return outcome;
        };
    }

    private Step unreadable(String roomId, JsonNode encryptionEvent) {
        String eventId = encryptionEvent.path("event_id").asText("encryption:" + roomId);
        return also -> bot.chatUnreadable(MatrixMessenger.PLATFORM, eventId, roomId, rooms.title(roomId), also);
    }

    private void leftRoom(String roomId, JsonNode room, String next, List<Step> steps) {
        JsonNode leave = null;
        for (JsonNode e : room.path("timeline").path("events")) {
            if (isMembership(e, botUserId, "leave") || isMembership(e, botUserId, "ban")) leave = e;
        }
        String eventId = leave != null ? leave.path("event_id").asText() : "left:" + roomId + ":" + next;
        Optional<String> partner = directRooms.memberOf(roomId);
        directRooms.forgetRoom(roomId);
        rooms.forget(roomId);
        log.info("Matrix: the bot left or was removed from a {}", partner.isPresent() ? "direct room" : "room");
        // removed from a direct room, the bot writes to that member privately no more until they come back
        String member = partner.filter(p -> !p.equals(PlatformState.FORGOTTEN)).orElse(null);
        steps.add(also -> bot.chatMembership(MatrixMessenger.PLATFORM, eventId, roomId, null, member, false, also));
    }

    private static boolean isMembership(JsonNode e, String user, String membership) {
        return e.path("type").asText().equals("m.room.member") && user.equals(e.path("state_key").asText())
                && membership.equals(e.path("content").path("membership").asText());
    }

    /** Message types of what is sent rather than typed (their body is a file name or a caption, not words for the bot). */
    private static final Set<String> NOT_TYPED = Set.of("m.image", "m.audio", "m.video", "m.file", "m.location");

    /** A member's text message as the core's Incoming; null for anything the bot ignores. */
    private Incoming incoming(String roomId, JsonNode e) {
        if (!e.path("type").asText().equals("m.room.message")) return null;
        String sender = e.path("sender").asText("");
        JsonNode content = e.path("content");
        // its own messages, other bots' notices and edits are not commands; images and the like are answered only in a direct room
        boolean media = NOT_TYPED.contains(content.path("msgtype").asText());
        if (sender.isEmpty() || sender.equals(botUserId) || !content.path("msgtype").asText().equals("m.text") && !media) return null;
        if (content.path("m.relates_to").path("rel_type").asText().equals("m.replace")) return null;
        // "" is no text: the core says it can read only typed words
        String body = media ? "" : content.path("body").asText(null);
        String eventId = e.path("event_id").asText("");
        if (body == null || eventId.isEmpty()) return null;
        if (!media && content.path("m.relates_to").has("m.in_reply_to")) body = withoutReplyFallback(body);
        Optional<String> partner = directRooms.memberOf(roomId);
        // a member who asked to be forgotten and writes again in their direct room starts afresh there
        if (partner.filter(PlatformState.FORGOTTEN::equals).isPresent()) {
            directRooms.remember(roomId, sender);
            partner = Optional.of(sender);
        }
        // an unknown "!word" in a room is left alone: rooms often hold other bots with "!" commands of their own
        boolean privateChat = partner.filter(sender::equals).isPresent();
        if (media && !privateChat) return null;
        boolean direct = privateChat;
        String replyTo = content.path("m.relates_to").path("m.in_reply_to").path("event_id").asText(null);
        // privately, plain words in reply to the bot's relayed message are an answer to pass on
        String quoted = privateChat && replyTo != null && !media ? botTextOf(roomId, replyTo) : null;
        return new Incoming(MatrixMessenger.PLATFORM, eventId, roomId, rooms.title(roomId), privateChat, sender, rooms.name(roomId, sender),
                body, null, eventId, null, direct, null, null, quoted);
    }

    /** The body of the bot's own message eventId; null if it is someone else's or cannot be read. */
    private String botTextOf(String roomId, String eventId) {
        try {
            JsonNode e = api.get("/rooms/" + MatrixApi.segment(roomId) + "/event/" + MatrixApi.segment(eventId));
            return botUserId.equals(e.path("sender").asText()) ? e.path("content").path("body").asText(null) : null;
        } catch (MatrixException e) {
            log.warn("Matrix: could not read the message a member replied to: {}", e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A reply's body starts with the quoted message ("> <@ana:x> ...") and an empty line; the command follows. */
    static String withoutReplyFallback(String body) {
        String[] lines = body.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].startsWith(">")) i++;
        if (i == 0) return body;
        if (i < lines.length && lines[i].isEmpty()) i++;
        return String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
    }

    /** Group rooms: the coordinators (power level 50 or more), when the core has not been told them yet. */
    private Incoming withCoordinators(Incoming in) {
        if (in.privateChat()) return in;
        if (!rooms.knowsPowerLevels(in.chatRef())) {
            try {
                rooms.setPowerLevels(in.chatRef(), api.get("/rooms/" + MatrixApi.segment(in.chatRef()) + "/state/m.room.power_levels"));
            } catch (MatrixException e) {
                log.warn("Matrix: could not read a room's power levels: {}", e.getMessage());
                return in;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return in;
            }
        }
        List<Person> coordinators = coordinatorsIfChanged(in.chatRef());
        return coordinators == null ? in : in.withCoordinators(coordinators);
    }

    /**
     * The room's coordinators if they changed since the core was told, once those with the power
     * levels for it whom no sync has shown joining or leaving (after a restart) were asked about:
     * power levels stay with someone who left, and they coordinate no more.
     */
    private List<Person> coordinatorsIfChanged(String roomId) {
        for (String user : rooms.powerfulOfUnknownPresence(roomId).stream().limit(MAX_PRESENCE_CHECKS).toList()) {
            try {
                JsonNode member = api.get("/rooms/" + MatrixApi.segment(roomId) + "/state/m.room.member/" + MatrixApi.segment(user));
                rooms.setPresent(roomId, user, member.path("membership").asText("").equals("join"));
            } catch (MatrixException e) {
                // never a member: no membership event at all
                if (e.status() == 404) rooms.setPresent(roomId, user, false);
                else log.warn("Matrix: could not read whether a member is still in a room: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return rooms.coordinatorsIfChanged(roomId);
    }

    private static String jsonList(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (String v : values) sb.append(sb.length() > 1 ? "," : "").append('"').append(v).append('"');
        return sb.append(']').toString();
    }
}
