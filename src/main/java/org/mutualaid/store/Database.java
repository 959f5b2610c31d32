package org.mutualaid.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file: one connection, opened once, used by one thread at a time. SQLite allows one
 * writer anyway, and a connection per handle costs about a millisecond each time.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final Jdbi jdbi;
    private final ReentrantLock lock = new ReentrantLock();
    private final TermStatistics termStatistics = new TermStatistics();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.jdbi = Jdbi.create(new org.jdbi.v3.core.ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return connection;
            }

            @Override
            public void closeConnection(Connection toClose) {
                // the one connection lives as long as the Database
            }
        });
    }

    /** Opens (or creates) the file and brings its schema up to date. */
    public static Database open(Path file) {
        Database db = openWithoutMigrating(file);
        try {
            new Migrations().migrate(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    static Database openWithoutMigrating(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("The folder for the database does not exist: " + parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // the driver's default with WAL is FULL; NORMAL is durable across application crashes
            // and loses at most the last transactions on power loss, at a fraction of the fsyncs
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5_000);
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new Database(file, c);
        } catch (SQLException e) {
            throw new StoreException("Could not open the database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    TermStatistics termStatistics() {
        return termStatistics;
    }

    /** Runs work in a transaction on the one connection; callers on other threads wait their turn. */
    public <T> T inTransaction(Function<Handle, T> work) {
        lock.lock();
        try {
            return jdbi.inTransaction(work::apply);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work outside a transaction (pragmas, VACUUM). */
    public <T> T withHandle(Function<Handle, T> work) {
        lock.lock();
        try {
            return jdbi.withHandle(work::apply);
        } finally {
            lock.unlock();
        }
    }

    public void installPlugin(JdbiPlugin plugin) {
        jdbi.installPlugin(plugin);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                try (var st = connection.createStatement()) {
                    st.execute("PRAGMA optimize");
                } catch (SQLException ignored) {
                    // optimize is advice to SQLite; closing matters more
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not close the database " + file, e);
        } finally {
            lock.unlock();
        }
    }
}
