package org.mutualaid.outbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the dispatcher on its own thread: at once when woken (a reply was just written), otherwise
 * every half second for rows held back by rate limits or waiting for a retry. stop() lets the send
 * in flight finish, so a message Telegram accepted is also marked sent.
 */
public final class DispatchLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);
    private static final long IDLE_WAIT_MS = 500;
    private static final int BATCH = 100;

    private final Dispatcher dispatcher;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean stopping;

    public DispatchLoop(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.thread = new Thread(this::loop, "outbox-dispatcher");
    }

    public void start() {
        thread.start();
    }

    /** Something was written to the outbox: look now rather than at the next tick. */
    public void wake() {
        if (wake.availablePermits() == 0) wake.release();
    }

    private void loop() {
        while (!stopping) {
            try {
                int sent = dispatcher.sendDue(BATCH, () -> stopping);
                // each read takes one row per place: after a send, the next row may be due at once
                if (sent == 0 && wake.tryAcquire(IDLE_WAIT_MS, TimeUnit.MILLISECONDS)) wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (Throwable t) {
                log.error("The outbox dispatcher failed; it goes on", t);
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(IDLE_WAIT_MS);
        } catch (InterruptedException e) {
            stopping = true;
        }
    }

    /** Waits up to timeoutMs for the send in flight to finish. */
    public void stop(long timeoutMs) {
        stopping = true;
        wake.release();
        try {
            thread.join(timeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) log.warn("The outbox dispatcher did not stop within {} ms", timeoutMs);
    }

    @Override
    public void close() {
        stop(3_000);
    }
}
