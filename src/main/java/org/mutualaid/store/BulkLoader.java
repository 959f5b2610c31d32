package org.mutualaid.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.PostKind;

/** Fills a database with many open posts at once, for the benchmark. Not used by the bot itself. */
public final class BulkLoader {

    /** A post to load: its chat, kind, author and text, with the categories already worked out. */
    public record Row(long chatId, PostKind kind, Member author, String text, List<String> categories) {}

    private final Database db;

    public BulkLoader(Database db) {
        this.db = db;
    }

    /** Loads the rows in one transaction; numbers continue each chat's numbering. */
    public void load(List<Row> rows, Instant at) {
        db.inTransaction(h -> {
            PreparedBatch posts = h.prepareBatch("""
                    INSERT INTO post (id, chat_id, number, kind, author_id, status, text, tags, categories, created_at, updated_at)
                    VALUES (:id, :chat, :number, :kind, :author, 'open', :text, '', :cats, :at, :at)""");
            PreparedBatch search = h.prepareBatch("INSERT INTO post_search (rowid, terms) VALUES (:id, :terms)");
            long nextId = h.createQuery("SELECT coalesce(max(id), 0) + 1 FROM post").mapTo(Long.class).one();
            for (Row r : rows) {
                int number = new SqlChats(h).takeNextPostNumber(r.chatId());
                long id = nextId++;
                posts.bind("id", id).bind("chat", r.chatId()).bind("number", number).bind("kind", r.kind().word())
                        .bind("author", r.author().id()).bind("text", r.text()).bind("cats", String.join(" ", r.categories()))
                        .bind("at", at.toEpochMilli()).add();
                db.termStatistics().addAfterCommit(h, r.text());
                search.bind("id", SearchIndex.rowid(id)).bind("terms", SearchIndex.terms(r.chatId(), r.kind(), r.text(), r.categories())).add();
            }
            posts.execute();
            search.execute();
            return null;
        });
    }
}
