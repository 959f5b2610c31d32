package org.mutualaid.platform.matrix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mutualaid.platform.Attachment;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends outbox rows as m.notice events. The transaction id is made of the outbox row's id and the
 * part's number, so a send repeated after a crash is the same transaction to the homeserver, which
 * keeps the first and answers the repeat with the same event id: nothing arrives twice.
 */
public final class MatrixMessenger implements Messenger {

    public static final String PLATFORM = "matrix";
    private static final Logger log = LoggerFactory.getLogger(MatrixMessenger.class);
    private static final Duration DEFAULT_RATE_WAIT = Duration.ofSeconds(5);

    private final MatrixApi api;
    private final MatrixContent content;
    private final DirectRooms directRooms;
    private final String txnPrefix;
    private final Runnable tokenRefused;
    private final java.util.function.BooleanSupplier stopped;

    /**
     * txnPrefix is this database's own, so that a new database on the same device never reuses a
     * transaction id the homeserver still remembers. tokenRefused stops the Matrix side.
     */
    MatrixMessenger(MatrixApi api, MatrixContent content, DirectRooms directRooms, String txnPrefix, Runnable tokenRefused,
                    java.util.function.BooleanSupplier stopped) {
        this.stopped = stopped;
        this.api = api;
        this.content = content;
        this.directRooms = directRooms;
        this.txnPrefix = txnPrefix;
        this.tokenRefused = tokenRefused;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    /** Once the token is refused, rows stay pending untouched until a restart with a new one. */
    @Override
    public Duration delayBefore(Destination to) {
        return stopped.getAsBoolean() ? Duration.ofMinutes(10) : Duration.ZERO;
    }

    @Override
    public SendResult send(Outgoing out) {
        Destination to = out.to();
        if (to.kind() == Destination.Kind.PRESS) return new SendResult.Permanent("Matrix has no buttons to answer");
        String room;
        try {
            room = to.kind() == Destination.Kind.CHAT ? to.ref() : directRoom(to.ref());
        } catch (MatrixException e) {
            // the member cannot be invited (no such user, or their server refuses): that is final
            return classify(e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Transient("interrupted");
        }
        try {
            List<ObjectNode> events = content.render(out.message(), to.replyToRef());
            Attachment file = out.message().attachment();
            int parts = events.size() + (file == null ? 0 : 1);
            for (int i = out.partsSent(); i < parts; i++) {
                String txnId = txnPrefix + "." + out.key() + "." + i;
                try {
                    // the file goes last, as its own m.file event, once it is in the homeserver's media repository
                    ObjectNode event = i < events.size() ? events.get(i) : fileEvent(file);
                    api.put("/rooms/" + MatrixApi.segment(room) + "/send/m.room.message/" + MatrixApi.segment(txnId), event);
                } catch (MatrixException e) {
                    SendResult result = classify(e, to.kind() == Destination.Kind.MEMBER ? room : null);
                    int done = i - out.partsSent();
                    return done == 0 ? result : new SendResult.Partly(done, result);
                }
            }
            return new SendResult.Sent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Transient("interrupted");
        }
    }

    private ObjectNode fileEvent(Attachment file) throws MatrixException, InterruptedException {
        String uri = api.upload(file.fileName(), file.mediaType(), file.bytes());
        ObjectNode event = api.json().createObjectNode();
        event.put("msgtype", "m.file");
        event.put("body", file.fileName());
        event.put("filename", file.fileName());
        event.put("url", uri);
        event.putObject("info").put("mimetype", file.mediaType()).put("size", file.bytes().length);
        return event;
    }

    /** The member's direct room; created (and remembered) the first time the bot writes to them privately. */
    private String directRoom(String userId) throws MatrixException, InterruptedException {
        Optional<String> known = directRooms.roomOf(userId);
        if (known.isPresent()) return known.get();
        ObjectNode request = api.json().createObjectNode();
        request.put("preset", "trusted_private_chat");
        request.put("is_direct", true);
        request.putArray("invite").add(userId);
        String room = api.post("/createRoom", request).path("room_id").asText("");
        if (room.isEmpty()) throw new MatrixException(500, null, "createRoom gave no room_id", null);
        directRooms.remember(room, userId);
        log.info("Opened a direct room with a member on Matrix");
        return room;
    }

    /** directRoom: the member's direct room the send went to, which a 403/404 says the bot has lost; else null. */
    private SendResult classify(MatrixException e, String directRoom) {
        if (e.tokenRefused()) {
            tokenRefused.run();
            return new SendResult.Transient(e.getMessage());
        }
        if (e.rateLimited()) return new SendResult.RetryAfter(e.retryAfter() == null ? DEFAULT_RATE_WAIT : e.retryAfter());
        if (e.transientFailure()) return new SendResult.Transient(e.getMessage());
        if (e.status() == 403 || e.status() == 404) {
            if (directRoom != null) {
                // the bot lost its direct room with the member (upgraded, left): the retry opens a new one
                directRooms.forgetRoom(directRoom);
                return new SendResult.Transient(e.getMessage());
            }
            return new SendResult.Gone(e.getMessage());
        }
        return new SendResult.Permanent(e.getMessage());
    }
}
