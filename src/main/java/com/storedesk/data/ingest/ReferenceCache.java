package com.storedesk.data.ingest;

/**
 * Database ids of reference data (stores, registers, employees, products, customers) by (source,
 * external id), remembered across batches so a stream of sales does not look the same products up
 * again and again. Each kind keeps at most {@code capacity} entries, so memory stays flat however
 * long the history. Ids never change once a row exists; entries are added only after the
 * transaction that found or created them commits.
 */
public final class ReferenceCache {

    public static final int DEFAULT_CAPACITY = 10_000;

    final BoundedCache<SourceKey, StoreRef> stores;
    final BoundedCache<Long, StoreRef> storesById;
    final BoundedCache<SourceKey, RegisterRef> registers;
    final BoundedCache<SourceKey, Long> employees;
    final BoundedCache<SourceKey, Long> products;
    final BoundedCache<SourceKey, Long> customers;

    public ReferenceCache() {
        this(DEFAULT_CAPACITY);
    }

    public ReferenceCache(int capacity) {
        stores = new BoundedCache<>(capacity);
        storesById = new BoundedCache<>(capacity);
        registers = new BoundedCache<>(capacity);
        employees = new BoundedCache<>(capacity);
        products = new BoundedCache<>(capacity);
        customers = new BoundedCache<>(capacity);
    }

    /** How many entries all kinds hold together; for tests and diagnostics. */
    public int size() {
        return stores.size() + storesById.size() + registers.size() + employees.size() + products.size()
                + customers.size();
    }
}
