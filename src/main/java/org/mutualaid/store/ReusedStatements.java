package org.mutualaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps the prepared statements of the one connection for reuse: JDBI prepares every statement
 * anew, and preparing was about a tenth of handling a command (measured with JFR on the
 * benchmark's workload). A statement is handed out to one user at a time; the least recently used
 * ones are closed beyond MAX. Only used under Database's lock.
 */
final class ReusedStatements extends DefaultStatementBuilder {

    private static final int MAX = 256;

    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX) return false;
            closeQuietly(eldest.getValue());
            return true;
        }
    };
    private final Map<Statement, String> inUse = new IdentityHashMap<>();

    @Override
    public synchronized PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        // a statement made to return generated keys is a different statement from the plain one
        String key = (ctx.isReturningGeneratedKeys() ? "keys:" + String.join(",", ctx.getGeneratedKeysColumnNames()) : "plain:") + "\n" + sql;
        PreparedStatement ps = idle.remove(key);
        if (ps == null || ps.isClosed()) ps = super.create(conn, sql, ctx);
        inUse.put(ps, key);
        return ps;
    }

    @Override
    public synchronized void close(Connection conn, String sql, Statement stmt) throws SQLException {
        String key = inUse.remove(stmt);
        if (key == null || !(stmt instanceof PreparedStatement ps) || stmt.isClosed() || idle.containsKey(key)) {
            super.close(conn, sql, stmt);
            return;
        }
        // no clearParameters(): JDBI binds every parameter on each use, and clearing the bindings
        // marks a statement whose plan depends on them as expired, so SQLite prepared it again
        // inside the next step (measured: 110 µs of a digest query's 140)
        idle.put(key, ps);
    }

    /** Closes the kept statements (before the connection closes, or after the schema changed). */
    synchronized void closeAll() {
        idle.values().forEach(ReusedStatements::closeQuietly);
        idle.clear();
    }

    private static void closeQuietly(Statement s) {
        try {
            s.close();
        } catch (SQLException e) {
            // closing a statement of a closing connection: nothing to keep
        }
    }
}
