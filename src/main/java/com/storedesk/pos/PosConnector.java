package com.storedesk.pos;

import com.storedesk.core.event.RetailEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * One POS account (or the demo chain) as StoreDesk sees it: history pulled page by page with a
 * cursor, and live events pushed as they happen. Both produce the same {@link RetailEvent}s, so
 * ingest does not know or care which platform they came from.
 *
 * <p>Reference data (stores, staff, products, customers) comes before the facts that point to it,
 * within a page and across pages.
 */
public interface PosConnector extends AutoCloseable {

    /** The source every event carries, e.g. {@code "demo"} or {@code "square:MLxyz"}. */
    String source();

    /**
     * Whose cursor this connector's pull keeps within its source: {@code "*"} when the source is one
     * store (the default), the location's own id when several connections share a source (the
     * locations of one Shopify shop, decision 0033).
     */
    default String syncScope() {
        return "*";
    }

    /**
     * Whether this connector applies changes at the store with this external id: every store of its
     * source (the default), or only its own location when several share the source (decision 0033).
     */
    default boolean appliesAt(String storeExternalId) {
        return true;
    }

    /**
     * The page of history after {@code cursor}.
     *
     * @param cursor the {@link HistoryPage#nextCursor()} of the previous page, or null for the first
     * @throws ConnectorException when the platform cannot be reached or answers nonsense
     */
    HistoryPage pullHistory(String cursor) throws ConnectorException;

    /**
     * Starts delivering live events, a batch at a time, on a thread of the connector's own,
     * until the returned subscription is closed.
     */
    LiveSubscription subscribeLive(Consumer<List<RetailEvent>> sink);

    /**
     * Applies an approved change at the store, once per idempotency key: a key sent again (after a
     * crash between sending and hearing back) answers {@link ExecutionResult.Outcome#ALREADY_APPLIED}.
     * A connector that cannot change anything refuses.
     *
     * @throws ConnectorException when the platform cannot be reached: worth trying again later
     */
    default ExecutionResult execute(ActionCommand command) throws ConnectorException {
        return ExecutionResult.refused(source() + " does not accept changes");
    }

    @Override
    void close();
}
