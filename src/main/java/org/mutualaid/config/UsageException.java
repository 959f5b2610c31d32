package org.mutualaid.config;

/** The command line or the configuration is wrong; the message says how to fix it. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
