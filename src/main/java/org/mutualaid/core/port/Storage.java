package org.mutualaid.core.port;

import java.util.function.Function;

/** Runs work in one database transaction: all of it is committed, or none of it. */
public interface Storage {
    <T> T inTransaction(Function<Transaction, T> work);
}
