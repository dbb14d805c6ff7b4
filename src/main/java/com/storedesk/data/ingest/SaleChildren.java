package com.storedesk.data.ingest;

import com.storedesk.core.event.SaleRecorded;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sale's lines, tenders and discounts. Tenders and discounts of a replaced version are deleted
 * and written again. Lines are matched by line number and updated in place, because refund lines
 * may point at them; a line the new version drops is deleted and refunds of it keep their product
 * and amount but lose the link.
 */
final class SaleChildren {

    /** A sale line as stored. */
    record StoredLine(long id, int lineNo, long productId, BigDecimal quantity, long discountMinor, long netMinor,
            Long unitCostMinor) {
    }

    private static final String SELECT_LINES = "SELECT sale_id, id, line_no, product_id, quantity, discount_minor,"
            + " net_minor, unit_cost_minor FROM sale_line WHERE sale_id IN (%s)";
    private static final String INSERT_LINE = "INSERT INTO sale_line (sale_id, line_no, product_id, quantity,"
            + " unit_price_minor, discount_minor, net_minor, unit_cost_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_LINE = "UPDATE sale_line SET product_id = ?, quantity = ?,"
            + " unit_price_minor = ?, discount_minor = ?, net_minor = ?, unit_cost_minor = ? WHERE id = ?";
    private static final String INSERT_TENDER = "INSERT INTO sale_tender (sale_id, line_no, tender_type,"
            + " amount_minor, card_brand) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_DISCOUNT = "INSERT INTO sale_discount (sale_id, line_no, sale_line_id, name,"
            + " discount_type, percent, amount_minor, applied_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final IngestTransaction transaction;
    private final Connection connection;

    SaleChildren(IngestTransaction transaction) {
        this.transaction = transaction;
        this.connection = transaction.connection();
    }

    /** The stored lines of these sales, by sale id. */
    Map<Long, List<StoredLine>> load(Collection<Long> saleIds) throws SQLException {
        Map<Long, List<StoredLine>> lines = new HashMap<>();
        InQuery.forEach(connection, SELECT_LINES, saleIds, row -> {
            long unitCost = row.getLong(8);
            Long unitCostMinor = row.wasNull() ? null : unitCost;
            lines.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new StoredLine(row.getLong(2),
                    row.getInt(3), row.getLong(4), row.getBigDecimal(5), row.getLong(6), row.getLong(7),
                    unitCostMinor));
        });
        return lines;
    }

    /**
     * Writes the children of the sales at {@code written} (indexes into {@code sales} and
     * {@code saleIds}).
     *
     * @param replaced ids of the written sales that replace a stored version
     * @param storedLines the lines those versions have, from {@link #load}
     */
    void write(List<SaleRecorded> sales, long[] saleIds, List<Integer> written, List<Long> replaced,
            Map<Long, List<StoredLine>> storedLines) throws SQLException {
        deleteBySale("DELETE FROM sale_discount WHERE sale_id = ?", replaced);
        deleteBySale("DELETE FROM sale_tender WHERE sale_id = ?", replaced);

        Map<Long, Map<Integer, Long>> lineIds = new HashMap<>();
        List<PendingLine> newLines = new ArrayList<>();
        List<PendingLine> kept = new ArrayList<>();
        List<Long> dropped = new ArrayList<>();
        boolean needNewLineIds = false;
        for (int i : written) {
            SaleRecorded sale = sales.get(i);
            long saleId = saleIds[i];
            Map<Integer, StoredLine> before = new HashMap<>();
            storedLines.getOrDefault(saleId, List.of()).forEach(line -> before.put(line.lineNo(), line));
            Map<Integer, Long> ids = lineIds.computeIfAbsent(saleId, id -> new HashMap<>());
            for (SaleRecorded.Line line : sale.lines()) {
                StoredLine old = before.remove(line.lineNo());
                if (old == null) {
                    newLines.add(new PendingLine(saleId, sale.source(), line, 0));
                } else {
                    kept.add(new PendingLine(saleId, sale.source(), line, old.id()));
                    ids.put(line.lineNo(), old.id());
                }
            }
            before.values().forEach(line -> dropped.add(line.id()));
            needNewLineIds |= sale.discounts().stream().anyMatch(discount -> discount.lineNo() != null);
        }
        dropLines(dropped);
        updateLines(kept);
        insertLines(newLines, needNewLineIds, lineIds);
        insertTenders(sales, saleIds, written);
        insertDiscounts(sales, saleIds, written, lineIds);
    }

    /** A line of the incoming version; storedId is the row it updates, 0 for a new row. */
    private record PendingLine(long saleId, String source, SaleRecorded.Line line, long storedId) {
    }

    private void deleteBySale(String sql, List<Long> saleIds) throws SQLException {
        if (saleIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (long saleId : saleIds) {
                delete.setLong(1, saleId);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private void dropLines(List<Long> lineIds) throws SQLException {
        if (lineIds.isEmpty()) {
            return;
        }
        try (PreparedStatement unlink = connection.prepareStatement(
                "UPDATE refund_line SET sale_line_id = NULL WHERE sale_line_id = ?");
                PreparedStatement delete = connection.prepareStatement("DELETE FROM sale_line WHERE id = ?")) {
            for (long id : lineIds) {
                unlink.setLong(1, id);
                unlink.addBatch();
                delete.setLong(1, id);
                delete.addBatch();
            }
            unlink.executeBatch();
            delete.executeBatch();
        }
    }

    private void updateLines(List<PendingLine> lines) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE_LINE)) {
            for (PendingLine pending : lines) {
                bindAmounts(update, 1, productId(pending.source(), pending.line()), pending.line());
                update.setLong(7, pending.storedId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void insertLines(List<PendingLine> lines, boolean needIds, Map<Long, Map<Integer, Long>> lineIds)
            throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = needIds ? connection.prepareStatement(INSERT_LINE, new String[] {"id"})
                : connection.prepareStatement(INSERT_LINE)) {
            for (PendingLine pending : lines) {
                insert.setLong(1, pending.saleId());
                insert.setInt(2, pending.line().lineNo());
                bindAmounts(insert, 3, productId(pending.source(), pending.line()), pending.line());
                insert.addBatch();
            }
            insert.executeBatch();
            if (needIds) {
                try (ResultSet generated = insert.getGeneratedKeys()) {
                    for (PendingLine pending : lines) {
                        if (!generated.next()) {
                            throw new SQLException("The driver returned fewer generated keys than sale lines inserted");
                        }
                        lineIds.get(pending.saleId()).put(pending.line().lineNo(), generated.getLong(1));
                    }
                }
            }
        }
    }

    /** product_id, quantity, unit_price_minor, discount_minor, net_minor, unit_cost_minor from {@code first}. */
    private static void bindAmounts(PreparedStatement statement, int first, long productId, SaleRecorded.Line line)
            throws SQLException {
        statement.setLong(first, productId);
        statement.setBigDecimal(first + 1, line.quantity());
        statement.setLong(first + 2, line.unitPriceMinor());
        statement.setLong(first + 3, line.discountMinor());
        statement.setLong(first + 4, line.netMinor());
        if (line.unitCostMinor() == null) {
            statement.setNull(first + 5, Types.BIGINT);
        } else {
            statement.setLong(first + 5, line.unitCostMinor());
        }
    }

    private long productId(String source, SaleRecorded.Line line) throws SQLException {
        return transaction.references().product(new SourceKey(source, line.productExternalId()));
    }

    private void insertTenders(List<SaleRecorded> sales, long[] saleIds, List<Integer> written) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TENDER)) {
            int rows = 0;
            for (int i : written) {
                List<SaleRecorded.Tender> tenders = sales.get(i).tenders();
                for (int t = 0; t < tenders.size(); t++) {
                    insert.setLong(1, saleIds[i]);
                    insert.setInt(2, t + 1);
                    insert.setString(3, tenders.get(t).type().name());
                    insert.setLong(4, tenders.get(t).amountMinor());
                    ColumnType.TEXT.bind(insert, 5, tenders.get(t).cardBrand());
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
    }

    private void insertDiscounts(List<SaleRecorded> sales, long[] saleIds, List<Integer> written,
            Map<Long, Map<Integer, Long>> lineIds) throws SQLException {
        References references = transaction.references();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DISCOUNT)) {
            int rows = 0;
            for (int i : written) {
                SaleRecorded sale = sales.get(i);
                for (int d = 0; d < sale.discounts().size(); d++) {
                    SaleRecorded.Discount discount = sale.discounts().get(d);
                    insert.setLong(1, saleIds[i]);
                    insert.setInt(2, d + 1);
                    ColumnType.LONG.bind(insert, 3,
                            discount.lineNo() == null ? null : lineIds.get(saleIds[i]).get(discount.lineNo()));
                    insert.setString(4, discount.name());
                    insert.setString(5, discount.type().name());
                    ColumnType.DECIMAL.bind(insert, 6, discount.percent());
                    insert.setLong(7, discount.amountMinor());
                    ColumnType.LONG.bind(insert, 8, discount.appliedByExternalId() == null ? null
                            : references.employee(new SourceKey(sale.source(), discount.appliedByExternalId())));
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
