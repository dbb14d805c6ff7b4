package com.storedesk.pos.shopify;

import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.Pacing;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits before a query the bucket cannot pay for yet, rather than sending it to be THROTTLED. Each
 * answer tells how full the bucket is; the next query of the same kind is expected to cost what it
 * requested last time, and the bucket refills at its restore rate meanwhile. A query of a kind not
 * seen yet goes straight out (a THROTTLED answer is still retried by the HTTP layer).
 */
final class QueryBudget {

    private static final Logger LOG = LoggerFactory.getLogger(QueryBudget.class);
    /** Longer than any bucket takes to refill (1,000 points at 50 a second is 20 s): a guard against nonsense. */
    private static final Duration LONGEST = Duration.ofMinutes(1);

    private final Pacing pacing;
    private final Map<String, Double> requested = new HashMap<>();
    private ThrottleStatus last;
    private Instant lastAt;

    QueryBudget(Pacing pacing) {
        this.pacing = pacing;
    }

    synchronized void record(String operation, ThrottleStatus status) {
        requested.put(operation, status.requestedQueryCost());
        last = status;
        lastAt = pacing.clock().instant();
    }

    /** How long to wait before sending {@code operation}, given the last answer's bucket. */
    synchronized Duration waitBefore(String operation) {
        Double cost = requested.get(operation);
        if (cost == null || last == null) {
            return Duration.ZERO;
        }
        Duration elapsed = Duration.between(lastAt, pacing.clock().instant());
        Duration wait = last.untilAvailable(cost).minus(elapsed.isNegative() ? Duration.ZERO : elapsed);
        return wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    void awaitRoom(String operation) throws ConnectorException {
        Duration wait = waitBefore(operation);
        if (wait.isZero()) {
            return;
        }
        LOG.info("Shopify {}: the query-cost bucket is low; waiting {} ms for it to refill", operation,
                wait.toMillis());
        try {
            pacing.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException("pos.error.unreachable", "Shopify " + operation
                    + ": interrupted while waiting for the query-cost bucket", null);
        }
    }
}
