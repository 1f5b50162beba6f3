package org.entente.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.util.Context;

/**
 * Ends executions that run past the timeout, whatever they are doing. Jena's
 * own timer cannot interrupt the work done while a plan is built (skipping an
 * OFFSET, filling a sort), since it waits for a lock that plan building holds;
 * this one only sets the execution's cancel signal, which every iterator, and
 * the server's REGEX and REPLACE, look at as they go.
 *
 * <p>Lifecycle: made when the server starts, {@link #close}d when it stops.
 */
final class Watchdog implements AutoCloseable {
    private final Duration timeout;
    private final ScheduledThreadPoolExecutor timer;

    Watchdog(Duration timeout) {
        this.timeout = timeout;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName("entente-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Sets the cancel signal of the execution with this context once the timeout has passed. */
    void watch(Context execution) {
        AtomicBoolean cancel = Context.getOrSetCancelSignal(execution);
        timer.schedule(() -> cancel.set(true), timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
