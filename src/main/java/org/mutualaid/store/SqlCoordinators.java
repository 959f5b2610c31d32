package org.mutualaid.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.port.Coordinators;

final class SqlCoordinators implements Coordinators {
    private final Handle h;

    SqlCoordinators(Handle h) {
        this.h = h;
    }

    @Override
    public void replace(long chatId, List<Member> coordinators) {
        h.createUpdate("DELETE FROM coordinator WHERE chat_id = :chat").bind("chat", chatId).execute();
        for (Member m : coordinators) {
            h.createUpdate("INSERT OR IGNORE INTO coordinator (chat_id, member_id) VALUES (:chat, :member)")
                    .bind("chat", chatId).bind("member", m.id()).execute();
        }
    }

    @Override
    public void set(long chatId, long memberId, boolean coordinates) {
        h.createUpdate(coordinates ? "INSERT OR IGNORE INTO coordinator (chat_id, member_id) VALUES (:chat, :member)"
                        : "DELETE FROM coordinator WHERE chat_id = :chat AND member_id = :member")
                .bind("chat", chatId).bind("member", memberId).execute();
    }

    @Override
    public List<Member> of(long chatId) {
        return h.createQuery("""
                SELECT m.id, m.platform, m.platform_ref, m.display_name FROM coordinator k JOIN member m ON m.id = k.member_id
                WHERE k.chat_id = :chat ORDER BY m.display_name""")
                .bind("chat", chatId)
                .map((rs, c) -> new Member(rs.getLong("id"), rs.getString("platform"), rs.getString("platform_ref"), rs.getString("display_name")))
                .list();
    }

    @Override
    public boolean isCoordinator(long chatId, long memberId) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM coordinator WHERE chat_id = :chat AND member_id = :member)")
                .bind("chat", chatId).bind("member", memberId).mapTo(Boolean.class).one();
    }

    @Override
    public List<Long> chatsOf(long memberId) {
        return h.createQuery("SELECT chat_id FROM coordinator WHERE member_id = :member ORDER BY chat_id")
                .bind("member", memberId).mapTo(Long.class).list();
    }
}
