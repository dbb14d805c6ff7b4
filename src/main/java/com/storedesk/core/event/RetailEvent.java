package com.storedesk.core.event;

/**
 * A fact about a store as a POS platform or sensor reported it, in StoreDesk's own terms.
 * Connectors turn platform payloads into these; ingest is the only thing that writes them
 * to the database. Every event names the account it came from ({@link #source()}, e.g.
 * {@code "demo"} or {@code "square:MLxyz"}) and that platform's id for the thing it
 * describes ({@link #externalId()}); together they make delivery idempotent.
 *
 * <p>References to other things (a sale's store, a line's product) are external ids in
 * the same source, never database ids: connectors do not know those.
 */
public sealed interface RetailEvent
        permits StoreUpserted, EmployeeUpserted, ProductUpserted, CustomerUpserted, SaleRecorded,
                RefundRecorded, StockCounted, StockMoved, TrafficCounted, ShiftClocked {

    String source();

    String externalId();
}
