package com.storedesk.data.ingest;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One open ingest transaction: its connection, its view of reference ids, the rollup deltas its
 * writes add up, and the stores they touched. Obtained from {@link IngestStore#write}; not shared
 * between threads.
 */
public final class IngestTransaction {

    private final Connection connection;
    private final Instant now;
    private final References references;
    private final RollupDeltas rollups = new RollupDeltas();
    private final Set<Long> changedStores = new HashSet<>();

    IngestTransaction(Connection connection, ReferenceCache cache, Instant now) {
        this.connection = connection;
        this.now = now;
        this.references = new References(connection, cache);
    }

    public References references() {
        return references;
    }

    /** Database ids of the stores whose rows this transaction changed so far. */
    public Set<Long> changedStoreIds() {
        return Set.copyOf(changedStores);
    }

    public StoreWrites stores() {
        return new StoreWrites(this);
    }

    public EmployeeWrites employees() {
        return new EmployeeWrites(this);
    }

    public ProductWrites products() {
        return new ProductWrites(this);
    }

    public CustomerWrites customers() {
        return new CustomerWrites(this);
    }

    public SaleWrites sales() {
        return new SaleWrites(this);
    }

    public RefundWrites refunds() {
        return new RefundWrites(this);
    }

    public StockLevelWrites stockLevels() {
        return new StockLevelWrites(this);
    }

    public ActivityWrites activity() {
        return new ActivityWrites(this);
    }

    Connection connection() {
        return connection;
    }

    /** created_at / updated_at for every row this transaction writes. */
    Instant now() {
        return now;
    }

    RollupDeltas rollups() {
        return rollups;
    }

    void changed(long storeId) {
        changedStores.add(storeId);
    }
}
