package org.mutualaid.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.port.Members;

final class SqlMembers implements Members {
    /** How anonymise() rewrites a forgotten member's platform id: nobody to write to any more. */
    private static final String FORGOTTEN = "forgotten:";

    private final Handle h;
    private final Set<String> opensPrivateChats;

    SqlMembers(Handle h, Set<String> opensPrivateChats) {
        this.h = h;
        this.opensPrivateChats = opensPrivateChats;
    }

    @Override
    public Member resolve(String platform, String ref, String name, Instant now) {
        h.createUpdate("""
                INSERT INTO member (platform, platform_ref, display_name, created_at) VALUES (:p, :r, :n, :now)
                ON CONFLICT (platform, platform_ref) DO UPDATE SET display_name = excluded.display_name
                    WHERE excluded.display_name IS NOT member.display_name""")
                .bind("p", platform).bind("r", ref).bind("n", name).bind("now", now.toEpochMilli()).execute();
        return find(platform, ref).orElseThrow();
    }

    @Override
    public java.util.Optional<Member> find(String platform, String ref) {
        return h.createQuery("SELECT id, platform, platform_ref, display_name FROM member WHERE platform = :p AND platform_ref = :r")
                .bind("p", platform).bind("r", ref)
                .map((rs, c) -> new Member(rs.getLong("id"), rs.getString("platform"), rs.getString("platform_ref"),
                        rs.getString("display_name")))
                .findOne();
    }

    @Override
    public void anonymise(long memberId) {
        h.createUpdate("""
                UPDATE member SET display_name = 'a former member', platform_ref = 'forgotten:' || id,
                                  private_since = NULL, unreachable_since = NULL
                WHERE id = :id""").bind("id", memberId).execute();
        for (String sql : List.of("DELETE FROM coordinator WHERE member_id = :id", "DELETE FROM chat_member WHERE member_id = :id",
                "DELETE FROM pending_post WHERE member_id = :id")) {
            h.createUpdate(sql).bind("id", memberId).execute();
        }
    }

    @Override
    public void markPrivate(long memberId, Instant now) {
        h.createUpdate("UPDATE member SET private_since = coalesce(private_since, :now), unreachable_since = NULL WHERE id = :id")
                .bind("id", memberId).bind("now", now.toEpochMilli()).execute();
    }

    @Override
    public boolean canWritePrivately(long memberId) {
        return h.createQuery("SELECT platform, private_since IS NOT NULL AND unreachable_since IS NULL AS open, "
                        + "unreachable_since IS NULL AS reachable, platform_ref FROM member WHERE id = :id")
                .bind("id", memberId)
                .map((rs, c) -> rs.getBoolean("open") || rs.getBoolean("reachable") && opensPrivateChats.contains(rs.getString("platform"))
                        && !rs.getString("platform_ref").startsWith(FORGOTTEN))
                .findOne().orElse(false);
    }

    @Override
    public void setReachable(String platform, String ref, boolean reachable, Instant now) {
        h.createUpdate("UPDATE member SET unreachable_since = :since WHERE platform = :p AND platform_ref = :r")
                .bind("p", platform).bind("r", ref).bind("since", reachable ? null : now.toEpochMilli()).execute();
    }
}
