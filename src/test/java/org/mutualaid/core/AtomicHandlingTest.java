package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.App;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.port.CandidateSearch;
import org.mutualaid.core.port.Chats;
import org.mutualaid.core.port.Claims;
import org.mutualaid.core.port.Members;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.core.port.Posts;
import org.mutualaid.core.port.SeenEvents;
import org.mutualaid.core.port.Storage;
import org.mutualaid.core.port.Suggestions;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Incoming;
import org.mutualaid.store.Database;
import org.mutualaid.store.SqlStorage;
import org.mutualaid.time.ManualClock;

class AtomicHandlingTest {

    @TempDir
    Path dir;

    /** The real store, except that full-text search fails, as a corrupt index or a bug would. */
    private static Storage withBrokenSearch(Storage real) {
        return new Storage() {
            @Override
            public <T> T inTransaction(Function<Transaction, T> work) {
                return real.inTransaction(tx -> work.apply(new Transaction() {
                    public SeenEvents seenEvents() { return tx.seenEvents(); }
                    public Chats chats() { return tx.chats(); }
                    public Members members() { return tx.members(); }
                    public Posts posts() { return tx.posts(); }
                    public Suggestions suggestions() { return tx.suggestions(); }
                    public Claims claims() { return tx.claims(); }
                    public Outbox outbox() { return tx.outbox(); }
                    public org.mutualaid.core.port.FollowUps followUps() { return tx.followUps(); }
                    public org.mutualaid.core.port.Coordinators coordinators() { return tx.coordinators(); }
                    public org.mutualaid.core.port.Synonyms synonyms() { return tx.synonyms(); }
                    public org.mutualaid.core.port.PlatformState platformState() { return tx.platformState(); }
                    public org.mutualaid.core.port.PendingPosts pendingPosts() { return tx.pendingPosts(); }
                    public org.mutualaid.core.port.Relays relays() { return tx.relays(); }
                    public CandidateSearch candidates() {
                        return new CandidateSearch() {
                            public List<org.mutualaid.core.model.Post> find(long chatId, PostKind kind, List<String> words, List<String> categories, int limit) {
                                throw new IllegalStateException("search index unavailable");
                            }

                            public java.util.Map<Long, String> keptProfiles(List<Long> postIds) {
                                throw new IllegalStateException("search index unavailable");
                            }

                            public int documentFrequency(String word) {
                                throw new IllegalStateException("search index unavailable");
                            }

                            public int openPosts() {
                                throw new IllegalStateException("search index unavailable");
                            }
                        };
                    }
                }));
            }
        };
    }

    @Test
    @DisplayName("When handling fails half-way, nothing of it is stored, the member gets one apology and a redelivery changes nothing")
    void failureRollsBackEverything() {
        try (Database db = Database.open(dir.resolve("atomic.db"))) {
            SqlStorage real = new SqlStorage(db);
            Matcher matcher = App.newMatcher();
            Bot bot = new Bot(withBrokenSearch(real), new ManualClock(Instant.parse("2026-03-02T10:00:00Z")), matcher);
            Incoming in = Incoming.text("console", "ev-1", "local", false, "ana", "Ana", "/need a ride to the clinic", true);

            assertEquals(Bot.Outcome.FAILED, bot.handle(in, new CommandParser("bot")));

            int posts = db.withHandle(h -> h.createQuery("SELECT count(*) FROM post").mapTo(Integer.class).one());
            int chatNumber = db.withHandle(h -> h.createQuery("SELECT coalesce(max(next_post_no), 1) FROM chat").mapTo(Integer.class).one());
            assertEquals(0, posts, "the post was rolled back with the failed transaction");
            assertEquals(1, chatNumber, "the post number was not used up");
            List<String> outbox = db.withHandle(h -> h.createQuery("SELECT payload FROM outbox").mapTo(String.class).list());
            assertEquals(1, outbox.size());
            assertTrue(outbox.get(0).contains("Sorry, something went wrong on my side and nothing was saved"), outbox.get(0));
            assertEquals(0, matcher.profilesKept(), "nor are the unsaved post's words kept in memory");

            assertEquals(Bot.Outcome.DUPLICATE, bot.handle(in, new CommandParser("bot")));
            int rows = db.withHandle(h -> h.createQuery("SELECT count(*) FROM outbox").mapTo(Integer.class).one());
            assertEquals(1, rows, "no second apology");
        }
    }
}
