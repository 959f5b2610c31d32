package org.mutualaid.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
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
    private final ReusedStatements statements = new ReusedStatements();
    private final TermStatistics termStatistics = new TermStatistics();
    /** held while the file is open, so that a second bot cannot send the same outbox rows */
    private final FileChannel lockChannel;

    private Database(Path file, Connection connection, FileChannel lockChannel) {
        this.file = file;
        this.connection = connection;
        this.lockChannel = lockChannel;
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
        // JDBI puts the SQL and every bound value into exception messages; those values are what
        // members wrote, and exceptions get logged
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        jdbi.setStatementBuilderFactory(c -> statements);
    }

    /** Opens (or creates) the file and brings its schema up to date. */
    public static Database open(Path file) {
        Database db = openWithoutMigrating(file);
        try {
            new Migrations().migrate(db);
            // statements prepared against the old schema are not kept
            db.statements.closeAll();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    static Database openWithoutMigrating(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("The folder for the database does not exist: " + parent);
        }
        FileChannel lock = lock(file);
        createOwnerOnly(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // the driver's default with WAL is FULL; NORMAL is durable across application crashes
        // and loses at most the last transactions on power loss, at a fraction of the fsyncs
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        // erased text is overwritten with zeros, not left in free pages where a copy of the file would keep it
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        config.setBusyTimeout(5_000);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new Database(file, c, lock);
        } catch (SQLException e) {
            closeQuietly(lock);
            throw new StoreException("Could not open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new database is made readable by the bot's user alone: it holds people's needs, and SQLite
     * gives the files it keeps beside it (-wal, -shm) the database's own permissions. SQLite reads
     * an empty file as an empty database. Where the file system has no POSIX permissions, SQLite
     * makes the file as it would.
     */
    private static void createOwnerOnly(Path file) {
        if (Files.exists(file)) return;
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException | java.nio.file.FileAlreadyExistsException e) {
            // no POSIX permissions here, or made by someone else a moment ago: SQLite opens what is there
        } catch (IOException e) {
            throw new StoreException("Could not create the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileChannel lock(Path file) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) throw new OverlappingFileLockException();
            return channel;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException("Another mutual-aid-bot is already using " + file + ". Stop it first, or use another --db.");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Could not lock the database " + file + " (" + lockFile + "): " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked, or the lock goes with the process anyway
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

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                statements.closeAll();
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
            closeQuietly(lockChannel);
            lock.unlock();
        }
    }
}
