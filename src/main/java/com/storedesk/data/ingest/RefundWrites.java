package com.storedesk.data.ingest;

import com.storedesk.core.SaleStatus;
import com.storedesk.core.event.RefundRecorded;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Refunds. They never change once given, so a known one is left as it is. */
public final class RefundWrites {

    private static final String INSERT_REFUND = "INSERT INTO refund (source, external_id, original_sale_id,"
            + " store_id, employee_id, occurred_at, business_date, amount_minor, currency, reason, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO refund_line (refund_id, line_no, sale_line_id,"
            + " product_id, quantity, amount_minor, restocked) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final IngestTransaction transaction;

    RefundWrites(IngestTransaction transaction) {
        this.transaction = transaction;
    }

    /** Which of these refunds are already stored. */
    public Set<SourceKey> existing(Collection<SourceKey> refunds) throws SQLException {
        Set<SourceKey> found = new HashSet<>();
        InQuery.forEachKey(transaction.connection(), "refund", "source, external_id", refunds,
                row -> found.add(new SourceKey(row.getString(1), row.getString(2))));
        return found;
    }

    /** The stored sales these refunds are for (sales written earlier in this transaction included). */
    public Map<SourceKey, RefundTarget> targets(Collection<SourceKey> sales) throws SQLException {
        record Sale(SourceKey key, long storeId, SaleStatus status, Currency currency, long totalMinor) {
        }
        Map<Long, Sale> byId = new LinkedHashMap<>();
        InQuery.forEachKey(transaction.connection(), "sale",
                "source, external_id, id, store_id, status, currency, total_minor", sales,
                row -> byId.put(row.getLong(3), new Sale(new SourceKey(row.getString(1), row.getString(2)),
                        row.getLong(4), SaleStatus.valueOf(row.getString(5)),
                        Currency.getInstance(row.getString(6).trim()), row.getLong(7))));
        Map<Long, Long> refunded = new HashMap<>();
        InQuery.forEach(transaction.connection(), "SELECT original_sale_id, SUM(amount_minor) FROM refund"
                + " WHERE original_sale_id IN (%s) GROUP BY original_sale_id", byId.keySet(),
                row -> refunded.put(row.getLong(1), row.getLong(2)));
        Map<Long, Map<Integer, Long>> lines = new HashMap<>();
        InQuery.forEach(transaction.connection(), "SELECT sale_id, line_no, id FROM sale_line WHERE sale_id IN (%s)",
                byId.keySet(),
                row -> lines.computeIfAbsent(row.getLong(1), id -> new HashMap<>()).put(row.getInt(2), row.getLong(3)));
        Map<SourceKey, RefundTarget> targets = new HashMap<>();
        byId.forEach((id, sale) -> targets.put(sale.key(), new RefundTarget(id, sale.storeId(), sale.status(),
                sale.currency(), sale.totalMinor(), refunded.getOrDefault(id, 0L), lines.getOrDefault(id, Map.of()))));
        return targets;
    }

    /**
     * Inserts refunds not stored yet, and counts them in the hour they happened.
     *
     * @param refunds new, distinct refunds whose references are known to {@link IngestTransaction#references()}
     * @param targets from {@link #targets}, covering every refund's sale
     */
    public void insert(List<RefundRecorded> refunds, Map<SourceKey, RefundTarget> targets) throws SQLException {
        if (refunds.isEmpty()) {
            return;
        }
        References references = transaction.references();
        List<StoreRef> stores = new ArrayList<>(refunds.size());
        long[] ids = new long[refunds.size()];
        try (PreparedStatement insert = transaction.connection().prepareStatement(INSERT_REFUND,
                new String[] {"id"})) {
            for (RefundRecorded refund : refunds) {
                StoreRef store = references.store(new SourceKey(refund.source(), refund.storeExternalId()));
                stores.add(store);
                insert.setString(1, refund.source());
                insert.setString(2, refund.externalId());
                insert.setLong(3, targets.get(new SourceKey(refund.source(), refund.originalSaleExternalId())).saleId());
                insert.setLong(4, store.id());
                ColumnType.LONG.bind(insert, 5, refund.employeeExternalId() == null ? null
                        : references.employee(new SourceKey(refund.source(), refund.employeeExternalId())));
                ColumnType.INSTANT.bind(insert, 6, refund.occurredAt());
                ColumnType.DATE.bind(insert, 7, LocalDate.ofInstant(refund.occurredAt(), store.zone()));
                insert.setLong(8, refund.amountMinor());
                insert.setString(9, refund.currency().getCurrencyCode());
                ColumnType.TEXT.bind(insert, 10, refund.reason());
                ColumnType.INSTANT.bind(insert, 11, transaction.now());
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet generated = insert.getGeneratedKeys()) {
                for (int i = 0; i < ids.length; i++) {
                    if (!generated.next()) {
                        throw new SQLException("The driver returned fewer generated keys than refunds inserted");
                    }
                    ids[i] = generated.getLong(1);
                }
            }
        }
        insertLines(refunds, ids, targets);
        for (int i = 0; i < refunds.size(); i++) {
            RefundRecorded refund = refunds.get(i);
            StoreRef store = stores.get(i);
            transaction.rollups().addRefund(store.id(), store.zone(), store.currency(), refund.occurredAt(),
                    refund.amountMinor());
            transaction.changed(store.id());
        }
    }

    private void insertLines(List<RefundRecorded> refunds, long[] ids, Map<SourceKey, RefundTarget> targets)
            throws SQLException {
        References references = transaction.references();
        try (PreparedStatement insert = transaction.connection().prepareStatement(INSERT_LINE)) {
            int rows = 0;
            for (int i = 0; i < refunds.size(); i++) {
                RefundRecorded refund = refunds.get(i);
                RefundTarget target = targets.get(new SourceKey(refund.source(), refund.originalSaleExternalId()));
                for (RefundRecorded.Line line : refund.lines()) {
                    insert.setLong(1, ids[i]);
                    insert.setInt(2, line.lineNo());
                    ColumnType.LONG.bind(insert, 3,
                            line.saleLineNo() == null ? null : target.lineIds().get(line.saleLineNo()));
                    insert.setLong(4, references.product(new SourceKey(refund.source(), line.productExternalId())));
                    insert.setBigDecimal(5, line.quantity());
                    insert.setLong(6, line.amountMinor());
                    insert.setBoolean(7, line.restocked());
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
    }
}
