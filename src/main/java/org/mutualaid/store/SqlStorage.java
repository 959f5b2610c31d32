package org.mutualaid.store;

import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.port.CandidateSearch;
import org.mutualaid.core.port.Chats;
import org.mutualaid.core.port.Coordinators;
import org.mutualaid.core.port.FollowUps;
import org.mutualaid.core.port.Synonyms;
import org.mutualaid.core.port.Claims;
import org.mutualaid.core.port.Members;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.core.port.PlatformState;
import org.mutualaid.core.port.Posts;
import org.mutualaid.core.port.SeenEvents;
import org.mutualaid.core.port.Storage;
import org.mutualaid.core.port.Suggestions;
import org.mutualaid.core.port.Transaction;

/** The core's Storage port on the SQLite database. */
public final class SqlStorage implements Storage {

    private final Database db;
    private final Set<String> opensPrivateChats;

    public SqlStorage(Database db) {
        this(db, Set.of());
    }

    /**
     * opensPrivateChats: the platforms on which the bot can start a private chat with anyone
     * (Matrix: a direct room). On the others (Telegram) the member must write to the bot first.
     */
    public SqlStorage(Database db, Set<String> opensPrivateChats) {
        this.db = db;
        this.opensPrivateChats = Set.copyOf(opensPrivateChats);
        // in a transaction of its own, so that no uncommitted post is ever counted
        db.withHandle(h -> {
            db.termStatistics().ensureLoaded(h);
            return null;
        });
    }

    @Override
    public void checkpoint() {
        // erased text must not linger in the log file either
        db.withHandle(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list());
    }

    /**
     * Merges the search index's segments a few hundred pages at a time, each step in a short
     * transaction of its own, until nothing is left to merge or the budget is spent; returns
     * whether it finished. One post at a time leaves many small segments, and a search looks in
     * each (measured: 0.4 ms a search with 100,000 posts loaded in batches, 0.1 ms once merged, in
     * 0.2 s of merging).
     */
    public boolean tidySearchIndex(java.time.Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        while (System.nanoTime() < end) {
            long changed = db.inTransaction(h -> {
                long before = h.createQuery("SELECT total_changes()").mapTo(Long.class).one();
                // negative: merge even levels holding fewer segments than FTS5's own automerge waits for
                h.execute("INSERT INTO post_search (post_search, rank) VALUES ('merge', -500)");
                return h.createQuery("SELECT total_changes()").mapTo(Long.class).one() - before;
            });
            // FTS5: a merge that found nothing to do changes fewer than two rows
            if (changed < 2) return true;
        }
        return false;
    }

    @Override
    public <T> T inTransaction(Function<Transaction, T> work) {
        return db.inTransaction(h -> work.apply(new SqlTransaction(h, db.termStatistics(), opensPrivateChats)));
    }

    private static final class SqlTransaction implements Transaction {
        private final Handle h;
        private final TermStatistics stats;
        private final SqlPosts posts;
        private final Set<String> opensPrivateChats;

        SqlTransaction(Handle h, TermStatistics stats, Set<String> opensPrivateChats) {
            this.h = h;
            this.opensPrivateChats = opensPrivateChats;
            this.stats = stats;
            this.posts = new SqlPosts(h, stats);
        }

        @Override
        public SeenEvents seenEvents() {
            return new SqlSeenEvents(h);
        }

        @Override
        public Chats chats() {
            return new SqlChats(h);
        }

        @Override
        public Members members() {
            return new SqlMembers(h, opensPrivateChats);
        }

        @Override
        public Posts posts() {
            return posts;
        }

        @Override
        public Suggestions suggestions() {
            return new SqlSuggestions(h);
        }

        @Override
        public Claims claims() {
            return new SqlClaims(h);
        }

        @Override
        public Outbox outbox() {
            return new SqlOutbox(h);
        }

        @Override
        public FollowUps followUps() {
            return new SqlFollowUps(h);
        }

        @Override
        public Coordinators coordinators() {
            return new SqlCoordinators(h);
        }

        @Override
        public Synonyms synonyms() {
            return new SqlSynonyms(h);
        }

        @Override
        public PlatformState platformState() {
            return new SqlPlatformState(h);
        }

        @Override
        public org.mutualaid.core.port.PendingPosts pendingPosts() {
            return new SqlPendingPosts(h);
        }

        @Override
        public org.mutualaid.core.port.Relays relays() {
            return new SqlRelays(h);
        }

        @Override
        public CandidateSearch candidates() {
            return new SqlCandidateSearch(h, stats);
        }
    }
}
