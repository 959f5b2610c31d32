package org.mutualaid.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;
import org.mutualaid.store.Database;
import org.mutualaid.store.SqlStorage;
import org.mutualaid.time.ManualClock;

class DispatcherTest {

    @TempDir
    Path dir;
    Database db;
    SqlStorage storage;
    ManualClock clock = new ManualClock(Instant.parse("2026-03-02T10:00:00Z"));
    ScriptedMessenger messenger = new ScriptedMessenger();
    Dispatcher dispatcher;

    /** Answers sends from a script, then accepts everything. */
    static final class ScriptedMessenger implements Messenger {
        final Deque<SendResult> script = new ArrayDeque<>();
        final List<String> attempts = new ArrayList<>();

        @Override
        public String platform() {
            return "test";
        }

        @Override
        public SendResult send(Outgoing message) {
            attempts.add(message.message().plainText());
            SendResult next = script.poll();
            if (next == null) return new SendResult.Sent();
            if (next instanceof SendResult.Transient t && t.reason().equals("throw")) throw new IllegalStateException("network down");
            return next;
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("outbox.db"));
        storage = new SqlStorage(db);
        dispatcher = new Dispatcher(storage, clock, List.of(messenger));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void enqueue(String text) {
        storage.inTransaction(tx -> tx.outbox().add(Destination.chat("test", "g1"), Message.of(text), clock.instant()));
    }

    private String status(String text) {
        return db.withHandle(h -> h.createQuery("SELECT status FROM outbox WHERE payload LIKE :t").bind("t", "%" + text + "%")
                .mapTo(String.class).one());
    }

    @Test
    @DisplayName("Messages go out oldest first, one per place per pass, and are marked sent only once accepted")
    void sendsInOrder() {
        enqueue("first");
        enqueue("second");
        storage.inTransaction(tx -> tx.outbox().add(Destination.chat("test", "g2"), Message.of("elsewhere"), clock.instant()));
        assertEquals(2, dispatcher.sendDue(10), "the oldest of each place");
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(List.of("first", "elsewhere", "second"), messenger.attempts);
        assertEquals("sent", status("first"));
        assertEquals(0, dispatcher.sendDue(10), "nothing is sent twice");
    }

    @Test
    @DisplayName("A row waiting for its retry keeps the later rows to the same place behind it; other places go on")
    void orderKeptAcrossRetries() {
        messenger.script.add(new SendResult.Transient("502"));
        enqueue("first");
        enqueue("second");
        storage.inTransaction(tx -> tx.outbox().add(Destination.chat("test", "g2"), Message.of("elsewhere"), clock.instant()));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(0, dispatcher.sendDue(10), "second waits for first");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(List.of("first", "elsewhere", "first", "second"), messenger.attempts);
    }

    @Test
    @DisplayName("A chat with a new id: the row follows it, even when the chat's record had moved already")
    void movedChat() {
        messenger.script.add(new SendResult.Moved("g9"));
        enqueue("hello");
        enqueue("again");
        assertEquals(0, dispatcher.sendDue(10));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(List.of("g9", "g9"), db.withHandle(h -> h.createQuery(
                "SELECT target_ref FROM outbox WHERE status = 'sent' ORDER BY id").mapTo(String.class).list()));
    }

    @Test
    @DisplayName("A message to a chat the bot was removed from is kept as failed, not tried; once it is back, messages go")
    void unreachableChat() {
        storage.inTransaction(tx -> {
            tx.chats().resolve("test", "g1", "Aid", false, clock.instant());
            tx.chats().setReachable("test", "g1", false, clock.instant());
            return null;
        });
        enqueue("while away");
        assertEquals(0, dispatcher.sendDue(10));
        assertEquals("failed", status("while away"));
        storage.inTransaction(tx -> tx.chats().resolve("test", "g1", "Aid", false, clock.instant()));
        enqueue("back");
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(List.of("back"), messenger.attempts);
    }

    @Test
    @DisplayName("When the platform asks to wait, the same row is retried after that wait and not before")
    void retryAfter() {
        messenger.script.add(new SendResult.RetryAfter(Duration.ofSeconds(30)));
        enqueue("hello");
        assertEquals(0, dispatcher.sendDue(10));
        assertEquals("pending", status("hello"));
        clock.advance(Duration.ofSeconds(29));
        assertEquals(0, dispatcher.sendDue(10));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(List.of("hello", "hello"), messenger.attempts);
        assertEquals("sent", status("hello"));
    }

    @Test
    @DisplayName("Network errors and exceptions are retried with growing backoff")
    void transientBackoff() {
        messenger.script.add(new SendResult.Transient("503"));
        messenger.script.add(new SendResult.Transient("throw"));
        enqueue("later");
        dispatcher.sendDue(10);
        clock.advance(Duration.ofSeconds(2));
        dispatcher.sendDue(10);
        clock.advance(Duration.ofSeconds(3));
        assertEquals(0, dispatcher.sendDue(10), "the second backoff is 4 s");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(3, messenger.attempts.size());
    }

    @Test
    @DisplayName("A send that can never succeed is recorded as failed and skipped; the next one still goes")
    void permanentFailure() {
        messenger.script.add(new SendResult.Permanent("403 bot was kicked"));
        enqueue("refused");
        enqueue("fine");
        assertEquals(0, dispatcher.sendDue(10));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals("failed", status("refused"));
        assertEquals("sent", status("fine"));
        clock.advance(Duration.ofHours(1));
        assertEquals(0, dispatcher.sendDue(10));
    }

    @Test
    @DisplayName("When the result of a send cannot be recorded, the dispatcher logs it and goes on; the row is sent again later")
    void recordingFailure() {
        db.withHandle(h -> h.execute("CREATE TRIGGER no_updates BEFORE UPDATE OF status ON outbox BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"));
        enqueue("hello");
        assertEquals(0, dispatcher.sendDue(10));
        assertEquals("pending", status("hello"));
        db.withHandle(h -> h.execute("DROP TRIGGER no_updates"));
        assertEquals(1, dispatcher.sendDue(10));
        assertEquals(List.of("hello", "hello"), messenger.attempts);
    }

    @Test
    @DisplayName("Backoff doubles from 2 seconds and stops growing at 5 minutes")
    void backoffSteps() {
        assertEquals(Duration.ofSeconds(2), Dispatcher.backoff(0));
        assertEquals(Duration.ofSeconds(16), Dispatcher.backoff(3));
        assertEquals(Duration.ofMinutes(5), Dispatcher.backoff(12));
        assertEquals(Duration.ofMinutes(5), Dispatcher.backoff(1000));
    }
}
