package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Physical counts that corrected a store's stock (COUNT movements) in a window, with the level each
 * count found. Only the latest level is kept, so that one is replayed back to the count: the latest
 * level, less every movement after the count, plus what sold after it, less restocked returns after
 * it. Counts are rare, so each is replayed with its own few queries.
 */
public final class CountCorrectionRepository {

    private static final String COUNTS = """
            SELECT m.product_id, m.occurred_at, m.quantity_delta, l.on_hand, l.counted_at
            FROM stock_movement m
            JOIN stock_level l ON l.store_id = m.store_id AND l.product_id = m.product_id
            WHERE m.store_id = ? AND m.occurred_at >= ? AND m.occurred_at < ? AND m.movement_type = 'COUNT'
              AND m.quantity_delta <> 0
            ORDER BY m.occurred_at, m.product_id""";

    private static final String MOVED = """
            SELECT COALESCE(SUM(quantity_delta), 0) FROM stock_movement
            WHERE store_id = ? AND product_id = ? AND occurred_at > ? AND occurred_at <= ?""";

    // The business-date bounds let the (store, business date, time) index find the sales.
    private static final String SOLD = """
            SELECT COALESCE(SUM(l.quantity), 0) FROM sale s JOIN sale_line l ON l.sale_id = s.id
            WHERE s.store_id = ? AND l.product_id = ? AND s.occurred_at > ? AND s.occurred_at <= ?
              AND s.business_date BETWEEN ? AND ? AND s.status = 'COMPLETED'""";

    private static final String RESTOCKED = """
            SELECT COALESCE(SUM(l.quantity), 0) FROM refund r JOIN refund_line l ON l.refund_id = r.id
            WHERE r.store_id = ? AND l.product_id = ? AND r.occurred_at > ? AND r.occurred_at <= ?
              AND r.business_date BETWEEN ? AND ? AND l.restocked = TRUE""";

    private final StoreWindowQuery query;

    public CountCorrectionRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    /** The corrections made in {@code from} (included) to {@code until} (excluded), oldest first. */
    public List<CountCorrection> corrections(long storeId, ZoneId zone, Instant from, Instant until) {
        Objects.requireNonNull(zone, "zone");
        return query.withConnection(connection -> {
            List<CountCorrection> corrections = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(COUNTS)) {
                statement.setLong(1, storeId);
                statement.setObject(2, utc(from));
                statement.setObject(3, utc(until));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        long productId = row.getLong(1);
                        Instant countedAt = StoreWindowQuery.instant(row, 2);
                        Instant levelAt = StoreWindowQuery.instant(row, 5);
                        BigDecimal level = row.getBigDecimal(4);
                        BigDecimal found = levelAt == null ? level
                                : replay(connection, storeId, productId, zone, level, levelAt, countedAt);
                        corrections.add(new CountCorrection(productId, countedAt, row.getBigDecimal(3), found));
                    }
                }
            }
            return corrections;
        });
    }

    /** The level at {@code at}, from the level known at {@code levelAt}, before or after it. */
    private static BigDecimal replay(Connection connection, long storeId, long productId, ZoneId zone,
            BigDecimal level, Instant levelAt, Instant at) throws SQLException {
        boolean back = levelAt.isAfter(at);
        Instant from = back ? at : levelAt;
        Instant to = back ? levelAt : at;
        BigDecimal change = sum(connection, MOVED, storeId, productId, from, to, null)
                .subtract(sum(connection, SOLD, storeId, productId, from, to, zone))
                .add(sum(connection, RESTOCKED, storeId, productId, from, to, zone));
        return back ? level.subtract(change) : level.add(change);
    }

    private static BigDecimal sum(Connection connection, String sql, long storeId, long productId, Instant from,
            Instant to, ZoneId zone) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, storeId);
            statement.setLong(2, productId);
            statement.setObject(3, utc(from));
            statement.setObject(4, utc(to));
            if (zone != null) {
                statement.setObject(5, LocalDate.ofInstant(from, zone).minusDays(1));
                statement.setObject(6, LocalDate.ofInstant(to, zone).plusDays(1));
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
