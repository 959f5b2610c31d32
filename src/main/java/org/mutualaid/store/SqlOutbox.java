package org.mutualaid.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.platform.Attachment;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Outgoing;

final class SqlOutbox implements Outbox {
    private static final int MAX_ERROR = 500;
    private final Handle h;

    SqlOutbox(Handle h) {
        this.h = h;
    }

    @Override
    public long add(Destination to, Message message, Instant at, About about) {
        return insert(to, message, at, false, null, about);
    }

    @Override
    public long addErasedWhenSent(Destination to, Message message, Instant at, About about) {
        return insert(to, message, at, true, null, about);
    }

    @Override
    public long addWordsOf(Destination to, Message message, Instant at, String writerRef, About about) {
        return insert(to, message, at, true, writerRef, about);
    }

    private long insert(Destination to, Message message, Instant at, boolean eraseWhenSent, String wordsOf, About about) {
        Attachment file = message.attachment();
        // a message to a chat the bot was removed from, or to a member who blocked it, is kept as
        // failed rather than tried: the bot stops sending there until it hears from there again
        return h.createUpdate("""
                INSERT INTO outbox (platform, target_kind, target_ref, reply_to_ref, thread_ref, payload, created_at, next_attempt_at,
                                    status, last_error, erase_when_sent, words_of, attachment_name, attachment_type, attachment,
                                    about_chats, about_members)
                SELECT :platform, :kind, :ref, :reply, :thread, :payload, :at, :at,
                       CASE WHEN gone THEN 'failed' ELSE 'pending' END, CASE WHEN gone THEN 'unreachable' END, :erase,
                       :words, :fileName, :fileType, :file, :chats, :members
                FROM (SELECT CASE :kind
                        WHEN 'chat' THEN EXISTS (SELECT 1 FROM chat WHERE platform = :platform AND platform_ref = :ref
                                                 AND unreachable_since IS NOT NULL)
                        WHEN 'member' THEN EXISTS (SELECT 1 FROM member WHERE platform = :platform AND platform_ref = :ref
                                                   AND unreachable_since IS NOT NULL)
                        ELSE 0 END AS gone)""")
                .bind("platform", to.platform()).bind("kind", to.kind().name().toLowerCase(Locale.ROOT))
                .bind("ref", to.ref()).bind("reply", to.replyToRef()).bind("thread", to.threadRef())
                .bind("payload", MessageCodec.write(message)).bind("erase", eraseWhenSent).bind("at", at.toEpochMilli())
                .bind("words", wordsOf).bind("fileName", file == null ? null : file.fileName())
                .bind("fileType", file == null ? null : file.mediaType()).bind("file", file == null ? null : file.bytes())
                .bind("chats", ids(about.chatIds())).bind("members", ids(about.memberIds()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public List<Due> due(String platform, Instant now, int limit, java.util.Set<String> skipRefs) {
        return h.createQuery("""
                SELECT id, created_at, platform, target_kind, target_ref, reply_to_ref, thread_ref, payload, attempts, parts_sent,
                       attachment_name, attachment_type, attachment FROM outbox
                WHERE status = 'pending' AND next_attempt_at <= :now AND platform = :platform
                  AND target_ref NOT IN (SELECT value FROM json_each(:skip))
                  -- only the oldest pending row of each place: order is kept, and a backlog for
                  -- one busy group cannot fill the page and keep other chats waiting
                  AND NOT EXISTS (SELECT 1 FROM outbox earlier
                                  WHERE earlier.status = 'pending' AND earlier.platform = outbox.platform
                                    AND earlier.target_ref = outbox.target_ref AND earlier.id < outbox.id)
                ORDER BY id LIMIT :limit""")
                .bind("now", now.toEpochMilli()).bind("limit", limit).bind("platform", platform)
                .bind("skip", MessageCodec.jsonArray(skipRefs))
                .map((rs, c) -> new Due(new Outgoing(rs.getLong("id"),
                        new Destination(rs.getString("platform"),
                                Destination.Kind.valueOf(rs.getString("target_kind").toUpperCase(Locale.ROOT)),
                                rs.getString("target_ref"), rs.getString("reply_to_ref"), rs.getString("thread_ref")),
                        withAttachment(MessageCodec.read(rs.getString("payload")), rs), rs.getInt("parts_sent"),
                        // the row id with when the row was written: a reused id never makes the same key
                        rs.getLong("id") + "-" + Long.toString(rs.getLong("created_at"), 36)), rs.getInt("attempts")))
                .list();
    }

    private static Message withAttachment(Message m, java.sql.ResultSet rs) throws java.sql.SQLException {
        String name = rs.getString("attachment_name");
        if (name == null) return m;
        return new Message(m.spans(), m.buttons(), new Attachment(name, rs.getString("attachment_type"), rs.getBytes("attachment")));
    }

    @Override
    public boolean markSent(long id, Instant at) {
        if (h.createUpdate("DELETE FROM outbox WHERE id = :id AND erase_when_sent = 1").bind("id", id).execute() == 1) return true;
        h.createUpdate("UPDATE outbox SET status = 'sent', sent_at = :at, attempts = attempts + 1 WHERE id = :id")
                .bind("id", id).bind("at", at.toEpochMilli()).execute();
        return false;
    }

    private static String ids(java.util.Set<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    /** The row is about this id: it is in the row's JSON array named by column. */
    private static String about(String column, String param) {
        return "EXISTS (SELECT 1 FROM json_each(outbox." + column + ") a WHERE a.value = :" + param + ")";
    }

    @Override
    public int deleteAbout(String platform, String memberRef, long memberId) {
        int finished = h.createUpdate("DELETE FROM outbox WHERE status IN ('sent', 'failed')").execute();
        int pending = h.createUpdate("""
                DELETE FROM outbox WHERE status = 'pending'
                  AND (attachment IS NOT NULL""" + " OR " + about("about_members", "id") + " " + """
                       OR (platform = :p AND ((target_kind = 'member' AND target_ref = :ref) OR words_of = :ref
                           OR EXISTS (SELECT 1 FROM json_each(payload, '$.spans') s WHERE json_extract(s.value, '$.mention') = :ref))))""")
                .bind("p", platform).bind("ref", memberRef).bind("id", memberId).execute();
        return finished + pending;
    }

    @Override
    public int deleteAboutChat(long chatId) {
        int finished = h.createUpdate("DELETE FROM outbox WHERE status IN ('sent', 'failed')").execute();
        // a file still waiting (an export) may hold the chat's posts; the coordinator can ask again
        int pending = h.createUpdate("DELETE FROM outbox WHERE status = 'pending' AND (attachment IS NOT NULL OR " + about("about_chats", "chat") + ")")
                .bind("chat", chatId).execute();
        return finished + pending;
    }

    @Override
    public int deleteTo(String platform, String chatRef) {
        return h.createUpdate("DELETE FROM outbox WHERE platform = :p AND target_ref = :ref AND target_kind = 'chat'")
                .bind("p", platform).bind("ref", chatRef).execute();
    }

    @Override
    public int deleteFinishedBefore(Instant before) {
        return h.createUpdate("DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created_at < :before")
                .bind("before", before.toEpochMilli()).execute();
    }

    @Override
    public void markFailed(long id, String reason, Instant at) {
        // a row to be deleted once sent (relayed words, a shared contact, an export) is not kept for a look either
        if (h.createUpdate("DELETE FROM outbox WHERE id = :id AND erase_when_sent = 1").bind("id", id).execute() == 1) return;
        h.createUpdate("UPDATE outbox SET status = 'failed', last_error = :err, attempts = attempts + 1 WHERE id = :id")
                .bind("id", id).bind("err", cut(reason)).execute();
    }

    @Override
    public void retryLater(long id, Instant notBefore, String reason) {
        h.createUpdate("UPDATE outbox SET next_attempt_at = :at, last_error = :err, attempts = attempts + 1 WHERE id = :id")
                .bind("id", id).bind("at", notBefore.toEpochMilli()).bind("err", cut(reason)).execute();
    }

    @Override
    public void markPartsSent(long id, int partsSent) {
        h.createUpdate("UPDATE outbox SET parts_sent = :n WHERE id = :id").bind("id", id).bind("n", partsSent).execute();
    }

    @Override
    public int retarget(String platform, String oldRef, String newRef) {
        return h.createUpdate("""
                UPDATE outbox SET target_ref = :new
                WHERE status = 'pending' AND platform = :p AND target_ref = :old AND target_kind = 'chat'""")
                .bind("p", platform).bind("old", oldRef).bind("new", newRef).execute();
    }

    @Override
    public int failPendingTo(String platform, Destination.Kind kind, String ref, String reason, Instant at) {
        int erased = h.createUpdate("""
                DELETE FROM outbox WHERE status = 'pending' AND erase_when_sent = 1 AND platform = :p AND target_ref = :ref AND target_kind = :kind""")
                .bind("p", platform).bind("ref", ref).bind("kind", kind.name().toLowerCase(Locale.ROOT)).execute();
        return erased + h.createUpdate("""
                UPDATE outbox SET status = 'failed', last_error = :err
                WHERE status = 'pending' AND platform = :p AND target_ref = :ref AND target_kind = :kind""")
                .bind("p", platform).bind("ref", ref).bind("kind", kind.name().toLowerCase(Locale.ROOT))
                .bind("err", cut(reason)).execute();
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}
