package org.mutualaid.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema changes, applied in order at start, each in its own transaction. The version
 * lives in SQLite's user_version. A database from an older build is upgraded in place; one from a
 * newer build is refused rather than damaged.
 */
final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    /** Listed by hand: a shaded jar cannot be scanned for resources reliably. Append only. */
    static final List<String> ALL = List.of(
            "V1__chats_and_members.sql",
            "V2__posts.sql",
            "V3__claims_and_suggestions.sql",
            "V4__seen_events_and_outbox.sql",
            "V5__post_search.sql",
            "V6__telegram_delivery.sql",
            "V7__coordinators_and_followups.sql",
            "V8__chat_synonyms.sql",
            "V9__outbox_erase_when_sent.sql",
            "V10__platform_state.sql",
            "V11__post_search_terms.sql",
            "V12__anonymous_posts_and_relay.sql",
            "V13__outbox_attachment.sql",
            "V14__outbox_about.sql",
            "V15__post_search_merging.sql",
            "V16__chat_synonym_means.sql",
            "V17__post_profile.sql",
            "V18__console_group_names_any_case.sql",
            "V19__post_closed_by.sql",
            "V20__post_live_by_author.sql",
            "V21__post_urgent.sql");

    /** The version whose migration empties the search index; its terms are made in Java, so it is refilled here. */
    private static final int SEARCH_TERMS_VERSION = 11;

    void migrate(Database db) {
        migrate(db, ALL.size());
    }

    /** Applies migrations up to and including version target (tests stop early to build old files). */
    void migrate(Database db, int target) {
        int current = version(db);
        if (current > ALL.size()) {
            throw new StoreException("The database " + db.file() + " was written by a newer mutual-aid-bot (schema version "
                    + current + "; this one knows up to " + ALL.size() + "). Run the newer version, or restore a backup.");
        }
        for (int v = current + 1; v <= target; v++) {
            String name = ALL.get(v - 1);
            String sql = read(name);
            int version = v;
            db.inTransaction(h -> {
                h.createScript(sql).execute();
                if (version == SEARCH_TERMS_VERSION) log.info("Search index rebuilt for {} open posts", SearchIndex.rebuild(h));
                h.execute("PRAGMA user_version = " + version);
                return null;
            });
            log.info("Database schema upgraded to version {} ({})", v, name);
        }
    }

    static int version(Database db) {
        return db.withHandle(h -> h.createQuery("PRAGMA user_version").mapTo(Integer.class).one());
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) throw new StoreException("Migration " + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Could not read migration " + name, e);
        }
    }
}
