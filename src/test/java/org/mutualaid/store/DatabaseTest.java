package org.mutualaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Person;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("The database runs in WAL mode with synchronous NORMAL, foreign keys on and a busy timeout")
    void pragmas() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "synchronous"), "NORMAL is 1; the driver's WAL default would be FULL (2)");
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("5000", pragma(db, "busy_timeout"));
        }
    }

    @Test
    @DisplayName("A new database file, and the write-ahead files beside it, can be read by the bot's user alone")
    void newFileIsOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("private.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(h -> h.execute("INSERT INTO chat (id, platform, platform_ref, created_at) VALUES (1, 'console', 'local', 0)"));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)));
            Path wal = dir.resolve("private.db-wal");
            assertTrue(java.nio.file.Files.exists(wal), "the insert is in the write-ahead log");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(wal)));
        }
        try (Database db = Database.open(file)) {
            assertEquals("1", db.withHandle(h -> h.createQuery("SELECT count(*) FROM chat").mapTo(String.class).one()), "opened again, the row is there");
        }
    }

    @Test
    @DisplayName("A new database is brought to the newest schema version")
    void migratesNewDatabase() {
        try (Database db = Database.open(dir.resolve("b.db"))) {
            assertEquals(Migrations.ALL.size(), Migrations.version(db));
            List<String> tables = db.withHandle(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .mapTo(String.class).list());
            assertTrue(tables.containsAll(List.of("chat", "member", "post", "claim", "suggestion", "seen_event", "outbox", "post_search")),
                    "tables: " + tables);
            // the search index merges its small segments early (V15), so that a search looks in few
            assertEquals(List.of("automerge=2", "crisismerge=4"), db.withHandle(h -> h.createQuery(
                    "SELECT k || '=' || v FROM post_search_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k").mapTo(String.class).list()));
        }
    }

    @Test
    @DisplayName("A database from an older version is upgraded in place and keeps its rows")
    void upgradesOldDatabaseInPlace() {
        Path file = dir.resolve("old.db");
        try (Database db = Database.openWithoutMigrating(file)) {
            new Migrations().migrate(db, 2);
            db.inTransaction(h -> {
                h.execute("INSERT INTO chat (id, platform, platform_ref, created_at) VALUES (1, 'console', 'local', 0)");
                h.execute("INSERT INTO member (id, platform, platform_ref, display_name, created_at) VALUES (1, 'console', 'ana', 'ana', 0)");
                h.execute("INSERT INTO post (chat_id, number, kind, author_id, status, text, created_at, updated_at) "
                        + "VALUES (1, 1, 'need', 1, 'open', 'a ride to the clinic', 0, 0)");
                return null;
            });
            assertEquals(2, Migrations.version(db));
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.ALL.size(), Migrations.version(db));
            String text = db.withHandle(h -> h.createQuery("SELECT text FROM post WHERE number = 1").mapTo(String.class).one());
            assertEquals("a ride to the clinic", text);
        }
    }

    @Test
    @DisplayName("Console groups kept under capitals by an older build take their lower-case key, unless another holds it")
    void consoleGroupsTakeLowerCaseKeys() {
        Path file = dir.resolve("console.db");
        try (Database db = Database.openWithoutMigrating(file)) {
            new Migrations().migrate(db, 17);
            db.inTransaction(h -> {
                String insert = "INSERT INTO chat (id, platform, platform_ref, created_at) VALUES (?, ?, ?, 0)";
                h.execute(insert, 1, "console", "group:Northside");
                h.execute(insert, 2, "console", "group:River");
                h.execute(insert, 3, "console", "group:RIVER");
                h.execute(insert, 4, "console", "group:east");
                h.execute(insert, 5, "console", "group:East");
                h.execute(insert, 6, "console", "private:Ana");
                h.execute(insert, 7, "telegram", "group:Northside");
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            List<String> refs = db.withHandle(h -> h.createQuery("SELECT platform_ref FROM chat ORDER BY id").mapTo(String.class).list());
            assertEquals(List.of("group:northside", "group:river", "group:RIVER", "group:east", "group:East", "private:Ana", "group:Northside"),
                    refs, "the oldest of a name takes it; private chats and other platforms are not the console's groups");
        }
    }

    @Test
    @DisplayName("Needs posted before urgency was kept with the post are still listed urgent first in the digest after the upgrade")
    void upgradedUrgentNeedsComeFirst() {
        Path file = dir.resolve("v20.db");
        try (Database db = Database.openWithoutMigrating(file)) {
            new Migrations().migrate(db, 20);
            db.inTransaction(h -> {
                h.execute("INSERT INTO chat (id, platform, platform_ref, next_post_no, created_at) VALUES (1, 'console', 'local', 4, 0)");
                h.execute("INSERT INTO member (id, platform, platform_ref, display_name, created_at) VALUES (1, 'console', 'ana', 'ana', 0)");
                String insert = "INSERT INTO post (chat_id, number, kind, author_id, status, text, tags, categories, created_at, updated_at) "
                        + "VALUES (1, ?, 'need', 1, 'open', ?, ?, '', ?, 0)";
                h.execute(insert, 1, "a winter coat for my son", "", 1);
                h.execute(insert, 2, "a kettle", "urgent", 2);
                h.execute(insert, 3, "Somewhere to sleep TONIGHT please", "", 3);
                return null;
            });
        }
        try (org.mutualaid.TestChat chat = new org.mutualaid.TestChat(file)) {
            chat.deliver(Incoming.text("console", "co-1", "local", false, "ana", "ana", "/digest", true)
                    .withCoordinators(List.of(new Person("ana", "ana"))));
            String digest = chat.sent.get(chat.sent.size() - 1).message().plainText();
            assertTrue(digest.contains("urgent first, then oldest:\n• #2 URGENT · ana · ") && digest.contains("\n• #3 URGENT · ")
                    && digest.indexOf("#3 URGENT") < digest.indexOf("• #1 · "), digest);
        }
    }

    @Test
    @DisplayName("Open posts of an older database can be found by the matcher after the upgrade")
    void upgradedPostsAreSearchable() {
        Path file = dir.resolve("v4.db");
        try (Database db = Database.openWithoutMigrating(file)) {
            new Migrations().migrate(db, 4);
            db.inTransaction(h -> {
                h.execute("INSERT INTO chat (id, platform, platform_ref, next_post_no, created_at) VALUES (1, 'console', 'local', 3, 0)");
                h.execute("INSERT INTO member (id, platform, platform_ref, display_name, created_at) VALUES (1, 'console', 'ana', 'ana', 0)");
                h.execute("INSERT INTO post (chat_id, number, kind, author_id, status, text, categories, created_at, updated_at) "
                        + "VALUES (1, 1, 'need', 1, 'open', 'a ride to the dialysis clinic', 'transport medical', 0, 0)");
                h.execute("INSERT INTO post (chat_id, number, kind, author_id, status, text, categories, created_at, updated_at) "
                        + "VALUES (1, 2, 'need', 1, 'done', 'a ride to the dialysis clinic on monday', 'transport medical', 0, 0)");
                return null;
            });
        }
        try (org.mutualaid.TestChat chat = new org.mutualaid.TestChat(file)) {
            String reply = chat.one("maya", "/offer I can drive people to the dialysis clinic");
            assertTrue(reply.startsWith("Thanks, maya. Your offer is #3."), reply);
            assertTrue(reply.contains("#1 ana"), "the open need from before the upgrade is suggested: " + reply);
            assertTrue(!reply.contains("#2"), "a closed one is not: " + reply);
        }
    }

    @Test
    @DisplayName("Tidying the search index merges its segments and finds the same posts afterwards")
    void tidySearchIndex() {
        try (org.mutualaid.TestChat chat = new org.mutualaid.TestChat(dir.resolve("tidy.db"))) {
            for (int i = 0; i < 40; i++) chat.one("m" + i, "/offer spare winter coats in size " + i + " for children");
            String before = chat.one("ana", "/need a winter coat for my daughter");
            assertTrue(before.contains("#40"), before);
            long segmentsBefore = segmentRows(chat);
            assertTrue(chat.app().storage().tidySearchIndex(java.time.Duration.ofSeconds(30)), "finished within the budget");
            assertTrue(segmentRows(chat) < segmentsBefore, "fewer rows of segments: " + segmentsBefore + " -> " + segmentRows(chat));
            chat.app().database().inTransaction(h -> h.execute("INSERT INTO post_search (post_search) VALUES ('integrity-check')"));
            assertTrue(chat.app().storage().tidySearchIndex(java.time.Duration.ofSeconds(30)), "nothing left the second time");
            String after = chat.one("bo", "/need a winter coat for my son");
            assertTrue(after.contains("#40"), "the same offers are found: " + after);
        }
    }

    private static long segmentRows(org.mutualaid.TestChat chat) {
        return chat.app().database().withHandle(h -> h.createQuery("SELECT count(*) FROM post_search_data").mapTo(Long.class).one());
    }

    @Test
    @DisplayName("Word counts for the matcher follow open posts by stem, and drop a post when it closes")
    void termStatistics() {
        try (org.mutualaid.TestChat chat = new org.mutualaid.TestChat(dir.resolve("terms.db"))) {
            chat.one("ana", "/need a ride on weekday mornings");
            chat.one("bo", "/offer free on Saturday morning");
            java.util.function.IntSupplier df = () -> chat.app().storage().inTransaction(tx ->
                    tx.candidates().documentFrequency(org.mutualaid.core.match.Stemmer.stem("mornings")));
            assertEquals(2, df.getAsInt());
            int open = chat.app().storage().inTransaction(tx -> tx.candidates().openPosts());
            assertEquals(2, open);
            chat.one("ana", "/cancel 1");
            assertEquals(1, df.getAsInt());
        }
        try (org.mutualaid.TestChat reopened = new org.mutualaid.TestChat(dir.resolve("terms.db"))) {
            int loaded = reopened.app().storage().inTransaction(tx ->
                    tx.candidates().documentFrequency(org.mutualaid.core.match.Stemmer.stem("morning")));
            assertEquals(1, loaded, "loaded again at start");
        }
    }

    @Test
    @DisplayName("A second bot cannot open a database that one already has open")
    void singleInstance() {
        Path file = dir.resolve("one.db");
        try (Database first = Database.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertTrue(e.getMessage().startsWith("Another mutual-aid-bot is already using"), e.getMessage());
        }
        try (Database again = Database.open(file)) {
            assertEquals(Migrations.ALL.size(), Migrations.version(again), "the lock goes with the first one's close");
        }
    }

    @Test
    @DisplayName("Storage errors do not carry what members wrote: JDBI's messages leave out bound values")
    void errorsLeaveOutValues() {
        try (Database db = Database.open(dir.resolve("secret.db"))) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(h ->
                    h.createUpdate("INSERT INTO member (platform, platform_ref, display_name, created_at) VALUES (:p, :r, :n, NULL)")
                            .bind("p", "console").bind("r", "ana").bind("n", "my partner hits me").execute()));
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertTrue(t.getMessage() == null || !t.getMessage().contains("my partner hits me"), t.getMessage());
            }
        }
    }

    @Test
    @DisplayName("A database written by a newer version is refused with a clear message, not changed")
    void refusesNewerDatabase() {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file)) {
            db.withHandle(h -> h.execute("PRAGMA user_version = 999"));
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer mutual-aid-bot"), e.getMessage());
        try (Database db = Database.openWithoutMigrating(file)) {
            assertEquals(999, Migrations.version(db));
        }
    }

    @Test
    @DisplayName("Opening a database in a folder that does not exist says which folder")
    void missingFolder() {
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir.resolve("nope/x.db")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    @DisplayName("A transaction that throws leaves nothing behind")
    void rollback() {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(h -> {
                h.execute("INSERT INTO chat (platform, platform_ref, created_at) VALUES ('console', 'x', 0)");
                throw new IllegalStateException("boom");
            }));
            int chats = db.withHandle(h -> h.createQuery("SELECT count(*) FROM chat").mapTo(Integer.class).one());
            assertEquals(0, chats);
        }
    }

    private static String pragma(Database db, String name) {
        return db.withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
    }
}
