package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per employee and business date: sales, voids, their own discounts and refunds at one store.
 * Three grouped queries per window, each reading the (store, business date) range of its table.
 */
public final class CashierActivityRepository {

    private static final String SALES = """
            SELECT s.cashier_id, e.display_name, s.business_date,
                   SUM(CASE WHEN s.status = 'COMPLETED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN s.status = 'COMPLETED' THEN s.subtotal_minor ELSE 0 END),
                   SUM(CASE WHEN s.status = 'VOIDED' THEN 1 ELSE 0 END)
            FROM sale s JOIN employee e ON e.id = s.cashier_id
            WHERE s.store_id = ? AND s.business_date BETWEEN ? AND ?
            GROUP BY s.cashier_id, e.display_name, s.business_date""";

    // A sale may carry several discounts by one person: it counts once, their amounts add up. Only
    // sales with a discount are joined to their discounts, which spares a look-up for most sales.
    private static final String DISCOUNTS = """
            SELECT d.applied_by_id, e.display_name, s.business_date, COUNT(DISTINCT s.id), SUM(d.amount_minor)
            FROM sale s
            JOIN sale_discount d ON d.sale_id = s.id
            JOIN employee e ON e.id = d.applied_by_id
            WHERE s.store_id = ? AND s.business_date BETWEEN ? AND ? AND s.status = 'COMPLETED'
              AND s.discount_minor > 0
            GROUP BY d.applied_by_id, e.display_name, s.business_date""";

    private static final String REFUNDS_BY_EMPLOYEE = """
            SELECT r.employee_id, e.display_name, r.business_date, COUNT(*), SUM(r.amount_minor)
            FROM refund r JOIN employee e ON e.id = r.employee_id
            WHERE r.store_id = ? AND r.business_date BETWEEN ? AND ?
            GROUP BY r.employee_id, e.display_name, r.business_date""";

    private static final String REFUNDS_BY_DAY = """
            SELECT r.business_date, COUNT(*), SUM(r.amount_minor)
            FROM refund r
            WHERE r.store_id = ? AND r.business_date BETWEEN ? AND ?
            GROUP BY r.business_date
            ORDER BY r.business_date""";

    private final StoreWindowQuery query;

    public CashierActivityRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    /**
     * One row per employee and date with any activity in {@code from..to} (both included), ordered by
     * date, then employee id.
     */
    public List<CashierActivity> activity(long storeId, LocalDate from, LocalDate to) {
        StoreWindowQuery.requireWindow(from, to);
        return query.withConnection(connection -> activity(connection, storeId, from, to));
    }

    /**
     * The refunds each employee processed per date in {@code from..to}, without reading sales: refunds
     * are few, so a long window costs little. Ordered by date, then employee id.
     */
    public List<StaffRefundDay> refundsByStaff(long storeId, LocalDate from, LocalDate to) {
        StoreWindowQuery.requireWindow(from, to);
        List<StaffRefundDay> rows = query.withConnection(connection -> StoreWindowQuery.list(connection,
                REFUNDS_BY_EMPLOYEE, storeId, from, to, row -> new StaffRefundDay(row.getLong(1), row.getString(2),
                        StoreWindowQuery.date(row, 3), row.getInt(4), row.getLong(5))));
        List<StaffRefundDay> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(StaffRefundDay::date).thenComparingLong(StaffRefundDay::employeeId));
        return sorted;
    }

    /** The store's refunds per business date in {@code from..to}; dates without refunds are left out. */
    public List<StoreRefundDay> refundsByDay(long storeId, LocalDate from, LocalDate to) {
        StoreWindowQuery.requireWindow(from, to);
        return query.withConnection(connection -> StoreWindowQuery.list(connection, REFUNDS_BY_DAY, storeId, from, to,
                row -> new StoreRefundDay(StoreWindowQuery.date(row, 1), row.getInt(2), row.getLong(3))));
    }

    private static List<CashierActivity> activity(Connection connection, long storeId, LocalDate from, LocalDate to)
            throws SQLException {
        Map<Key, CashierActivity> byKey = new LinkedHashMap<>();
        for (CashierActivity sales : StoreWindowQuery.list(connection, SALES, storeId, from, to, row ->
                new CashierActivity(row.getLong(1), row.getString(2), StoreWindowQuery.date(row, 3), row.getInt(4),
                        row.getLong(5), row.getInt(6), 0, 0, 0, 0))) {
            byKey.merge(Key.of(sales), sales, CashierActivity::plus);
        }
        for (CashierActivity discounts : StoreWindowQuery.list(connection, DISCOUNTS, storeId, from, to, row ->
                new CashierActivity(row.getLong(1), row.getString(2), StoreWindowQuery.date(row, 3), 0, 0, 0,
                        row.getInt(4), row.getLong(5), 0, 0))) {
            byKey.merge(Key.of(discounts), discounts, CashierActivity::plus);
        }
        for (CashierActivity refunds : StoreWindowQuery.list(connection, REFUNDS_BY_EMPLOYEE, storeId, from, to, row ->
                new CashierActivity(row.getLong(1), row.getString(2), StoreWindowQuery.date(row, 3), 0, 0, 0, 0, 0,
                        row.getInt(4), row.getLong(5)))) {
            byKey.merge(Key.of(refunds), refunds, CashierActivity::plus);
        }
        List<CashierActivity> all = new ArrayList<>(byKey.values());
        all.sort(Comparator.comparing(CashierActivity::date).thenComparingLong(CashierActivity::employeeId));
        return all;
    }

    private record Key(long employeeId, LocalDate date) {
        static Key of(CashierActivity activity) {
            return new Key(activity.employeeId(), activity.date());
        }
    }
}
