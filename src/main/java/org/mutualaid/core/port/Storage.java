package org.mutualaid.core.port;

import java.util.function.Function;

/** Runs work in one database transaction: all of it is committed, or none of it. */
public interface Storage {
    <T> T inTransaction(Function<Transaction, T> work);

    /** Moves everything written so far from the write-ahead log into the database file and empties the log. */
    default void checkpoint() {
    }
}
