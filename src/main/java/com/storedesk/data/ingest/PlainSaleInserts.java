package com.storedesk.data.ingest;

import com.storedesk.core.event.SaleRecorded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The yardstick {@code storedesk bench ingest} measures ingest against: the same sale and sale_line
 * rows written with nothing but JDBC batches. No look-ups of existing rows, no versions, no
 * tenders or discounts, no rollups, no checks: what storing a history costs at the least.
 */
public final class PlainSaleInserts {

    private static final String INSERT_SALE = "INSERT INTO sale (source, external_id, store_id, register_id,"
            + " cashier_id, customer_id, occurred_at, business_date, status, subtotal_minor, discount_minor, tax_minor,"
            + " total_minor, currency, source_updated_at, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO sale_line (sale_id, line_no, product_id, quantity,"
            + " unit_price_minor, discount_minor, net_minor, unit_cost_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, ZoneId> zones = new HashMap<>();

    /** Reads the ids of the source's stores, registers, employees, customers and products once. */
    public PlainSaleInserts(DataSource dataSource, String source) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("store", "register", "employee", "customer", "product")) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT external_id, id FROM " + table + " WHERE source = ?")) {
                    select.setString(1, source);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.put(table + ":" + rows.getString(1), rows.getLong(2));
                        }
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, time_zone FROM store WHERE source = ?")) {
                select.setString(1, source);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        zones.put(rows.getLong(1), ZoneId.of(rows.getString(2)));
                    }
                }
            }
        }
    }

    /** Inserts the sales and their lines in one transaction. */
    public void insert(List<SaleRecorded> sales, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long[] saleIds = insertSales(connection, sales, now.truncatedTo(ChronoUnit.MICROS));
                insertLines(connection, sales, saleIds);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private long[] insertSales(Connection connection, List<SaleRecorded> sales, Instant now) throws SQLException {
        long[] saleIds = new long[sales.size()];
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SALE, new String[] {"id"})) {
            for (SaleRecorded sale : sales) {
                long store = ids.get("store:" + sale.storeExternalId());
                insert.setString(1, sale.source());
                insert.setString(2, sale.externalId());
                insert.setLong(3, store);
                ColumnType.LONG.bind(insert, 4, id("register", sale.registerExternalId()));
                ColumnType.LONG.bind(insert, 5, id("employee", sale.cashierExternalId()));
                ColumnType.LONG.bind(insert, 6, id("customer", sale.customerExternalId()));
                insert.setObject(7, ColumnType.timestamp(sale.occurredAt()));
                insert.setObject(8, LocalDate.ofInstant(sale.occurredAt(), zones.get(store)));
                insert.setString(9, sale.status().name());
                insert.setLong(10, sale.subtotalMinor());
                insert.setLong(11, sale.discountMinor());
                insert.setLong(12, sale.taxMinor());
                insert.setLong(13, sale.totalMinor());
                insert.setString(14, sale.currency().getCurrencyCode());
                insert.setObject(15, ColumnType.timestamp(sale.updatedAt()));
                insert.setObject(16, ColumnType.timestamp(now));
                insert.setObject(17, ColumnType.timestamp(now));
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet generated = insert.getGeneratedKeys()) {
                for (int i = 0; i < saleIds.length && generated.next(); i++) {
                    saleIds[i] = generated.getLong(1);
                }
            }
        }
        return saleIds;
    }

    private void insertLines(Connection connection, List<SaleRecorded> sales, long[] saleIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
            for (int i = 0; i < saleIds.length; i++) {
                for (SaleRecorded.Line line : sales.get(i).lines()) {
                    insert.setLong(1, saleIds[i]);
                    insert.setInt(2, line.lineNo());
                    insert.setLong(3, ids.get("product:" + line.productExternalId()));
                    insert.setBigDecimal(4, line.quantity());
                    insert.setLong(5, line.unitPriceMinor());
                    insert.setLong(6, line.discountMinor());
                    insert.setLong(7, line.netMinor());
                    if (line.unitCostMinor() == null) {
                        insert.setNull(8, Types.BIGINT);
                    } else {
                        insert.setLong(8, line.unitCostMinor());
                    }
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private Long id(String table, String externalId) {
        return externalId == null ? null : ids.get(table + ":" + externalId);
    }
}
