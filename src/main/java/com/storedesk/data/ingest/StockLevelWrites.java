package com.storedesk.data.ingest;

import com.storedesk.core.event.StockCounted;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * On-hand levels, one row per store and product, the latest count winning: a count older than
 * (or as old as) the stored one changes nothing, so late or repeated deliveries are harmless.
 */
public final class StockLevelWrites {

    private static final String INSERT = "INSERT INTO stock_level (source, external_id, store_id, product_id, on_hand,"
            + " counted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE stock_level SET on_hand = ?, counted_at = ?, updated_at = ?"
            + " WHERE id = ?";

    private record Stored(long id, Instant countedAt) {
    }

    private record Level(long storeId, long productId) {
    }

    private final IngestTransaction transaction;

    StockLevelWrites(IngestTransaction transaction) {
        this.transaction = transaction;
    }

    /** @param counts at most one per store and product, references known to {@link IngestTransaction#references()} */
    public List<RowOutcome> upsert(List<StockCounted> counts) throws SQLException {
        References references = transaction.references();
        List<Level> levels = new ArrayList<>(counts.size());
        List<List<Long>> pairs = new ArrayList<>(counts.size());
        for (StockCounted count : counts) {
            long storeId = references.store(new SourceKey(count.source(), count.storeExternalId())).id();
            long productId = references.product(new SourceKey(count.source(), count.productExternalId()));
            levels.add(new Level(storeId, productId));
            pairs.add(List.of(storeId, productId));
        }
        Map<Level, Stored> stored = new HashMap<>();
        InQuery.forEachPair(transaction.connection(), "stock_level", "store_id", "product_id",
                "store_id, product_id, id, counted_at", pairs,
                row -> stored.put(new Level(row.getLong(1), row.getLong(2)),
                        new Stored(row.getLong(3), ColumnType.instant(row, 4))));
        List<RowOutcome> outcomes = new ArrayList<>(counts.size());
        try (PreparedStatement insert = transaction.connection().prepareStatement(INSERT);
                PreparedStatement update = transaction.connection().prepareStatement(UPDATE)) {
            int inserts = 0;
            int updates = 0;
            for (int i = 0; i < counts.size(); i++) {
                StockCounted count = counts.get(i);
                Level level = levels.get(i);
                Stored row = stored.get(level);
                Instant countedAt = count.countedAt().truncatedTo(ChronoUnit.MICROS);
                if (row == null) {
                    bindInsert(insert, count, level, countedAt);
                    inserts++;
                    outcomes.add(RowOutcome.INSERTED);
                } else if (row.countedAt() == null || countedAt.isAfter(row.countedAt())) {
                    bindUpdate(update, count.onHand(), countedAt, row.id());
                    updates++;
                    outcomes.add(RowOutcome.UPDATED);
                } else {
                    outcomes.add(RowOutcome.UNCHANGED);
                    continue;
                }
                transaction.changed(level.storeId());
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (updates > 0) {
                update.executeBatch();
            }
        }
        return outcomes;
    }

    private void bindInsert(PreparedStatement insert, StockCounted count, Level level, Instant countedAt)
            throws SQLException {
        insert.setString(1, count.source());
        insert.setString(2, count.externalId());
        insert.setLong(3, level.storeId());
        insert.setLong(4, level.productId());
        insert.setBigDecimal(5, count.onHand());
        ColumnType.INSTANT.bind(insert, 6, countedAt);
        ColumnType.INSTANT.bind(insert, 7, transaction.now());
        insert.addBatch();
    }

    private void bindUpdate(PreparedStatement update, BigDecimal onHand, Instant countedAt, long id)
            throws SQLException {
        update.setBigDecimal(1, onHand);
        ColumnType.INSTANT.bind(update, 2, countedAt);
        ColumnType.INSTANT.bind(update, 3, transaction.now());
        update.setLong(4, id);
        update.addBatch();
    }
}
