package org.mutualaid.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.port.PlatformState;

final class SqlPlatformState implements PlatformState {
    private final Handle h;

    SqlPlatformState(Handle h) {
        this.h = h;
    }

    @Override
    public Optional<String> get(String platform, String key) {
        return h.createQuery("SELECT value FROM platform_state WHERE platform = :p AND key = :k")
                .bind("p", platform).bind("k", key).mapTo(String.class).findOne();
    }

    @Override
    public void put(String platform, String key, String value) {
        h.createUpdate("""
                INSERT INTO platform_state (platform, key, value) VALUES (:p, :k, :v)
                ON CONFLICT (platform, key) DO UPDATE SET value = excluded.value""")
                .bind("p", platform).bind("k", key).bind("v", value).execute();
    }

    @Override
    public void remove(String platform, String key) {
        h.createUpdate("DELETE FROM platform_state WHERE platform = :p AND key = :k").bind("p", platform).bind("k", key).execute();
    }

    @Override
    public void forgetMember(String platform, String memberRef) {
        // keys end with ":" and the id ("dm:@ana:example.org"); compared exactly, not with LIKE, whose _ and % ids may contain
        h.createUpdate("DELETE FROM platform_state WHERE platform = :p AND substr(key, -length(:ref) - 1) = ':' || :ref")
                .bind("p", platform).bind("ref", memberRef).execute();
        h.createUpdate("UPDATE platform_state SET value = :forgotten WHERE platform = :p AND value = :ref")
                .bind("p", platform).bind("ref", memberRef).bind("forgotten", FORGOTTEN).execute();
    }
}
