package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Customers found by what an associate can ask for (loyalty id, e-mail, phone, name) and what they
 * bought. Portable SQL only: phone numbers are compared on their digits in Java, since the two
 * databases' REGEXP_REPLACE differ.
 */
public final class CustomerFactsRepository {

    private static final String COLUMNS = "SELECT id, loyalty_id, first_name, last_name, email, phone,"
            + " marketing_consent FROM customer ";

    private static final String PURCHASES = """
            SELECT s.id, s.occurred_at, s.business_date, s.store_id, st.name, p.id, p.sku, p.name, p.category,
                   l.quantity, l.net_minor, s.currency
            FROM sale s
            JOIN sale_line l ON l.sale_id = s.id
            JOIN product p ON p.id = l.product_id
            JOIN store st ON st.id = s.store_id
            WHERE s.customer_id = ? AND s.status = 'COMPLETED'
            ORDER BY s.occurred_at DESC, l.line_no""";

    private static final String REFUNDED = """
            SELECT r.original_sale_id, SUM(r.amount_minor)
            FROM refund r JOIN sale s ON s.id = r.original_sale_id
            WHERE s.customer_id = ?
            GROUP BY r.original_sale_id""";

    private final StoreWindowQuery query;

    public CustomerFactsRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    public List<CustomerRecord> byLoyaltyId(String loyaltyId) {
        return customers("WHERE UPPER(loyalty_id) = ?", 5, loyaltyId.strip().toUpperCase(Locale.ROOT));
    }

    public List<CustomerRecord> byEmail(String email) {
        return customers("WHERE LOWER(email) = ?", 5, email.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Customers whose phone number ends with {@code digits} (at least the last seven typed), however
     * it was written: spaces, dashes, brackets or a country code.
     */
    public List<CustomerRecord> byPhoneDigits(String digits, int limit) {
        if (digits.length() < 4) {
            return List.of();
        }
        // A coarse LIKE on the last four digits with anything between them, then the exact digits in Java.
        String tail = digits.substring(digits.length() - 4);
        StringBuilder like = new StringBuilder("%");
        for (char digit : tail.toCharArray()) {
            like.append(digit).append('%');
        }
        like.setLength(like.length() - 1);
        return customers("WHERE phone LIKE ?", 500, like.toString()).stream()
                .filter(c -> c.phone() != null && c.phone().replaceAll("[^0-9]", "").endsWith(digits))
                .limit(limit).toList();
    }

    /** Customers whose first name, last name or both (either order) start with the words typed. */
    public List<CustomerRecord> byName(String name, int limit) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 1) {
            return customers("WHERE LOWER(first_name) LIKE ? OR LOWER(last_name) LIKE ? ORDER BY last_name, first_name",
                    limit, words[0] + "%", words[0] + "%");
        }
        String first = words[0] + "%";
        String last = words[words.length - 1] + "%";
        return customers("WHERE (LOWER(first_name) LIKE ? AND LOWER(last_name) LIKE ?)"
                + " OR (LOWER(first_name) LIKE ? AND LOWER(last_name) LIKE ?) ORDER BY last_name, first_name",
                limit, first, last, last, first);
    }

    public Optional<CustomerRecord> byId(long id) {
        return customers("WHERE id = ?", 1, id).stream().findFirst();
    }

    /** Every line of the customer's completed sales, newest first. */
    public List<PurchaseLine> purchases(long customerId) {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(PURCHASES)) {
                statement.setLong(1, customerId);
                List<PurchaseLine> lines = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        lines.add(new PurchaseLine(row.getLong(1), row.getObject(2, OffsetDateTime.class)
                                .toInstant(), row.getObject(3, LocalDate.class), row.getLong(4),
                                row.getString(5), row.getLong(6), row.getString(7), row.getString(8), row.getString(9),
                                row.getBigDecimal(10), row.getLong(11), row.getString(12).trim()));
                    }
                }
                return lines;
            }
        });
    }

    /** What was refunded of each of the customer's sales, by sale id. */
    public Map<Long, Long> refundedBySale(long customerId) {
        return query.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(REFUNDED)) {
                statement.setLong(1, customerId);
                Map<Long, Long> refunded = new TreeMap<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        refunded.put(row.getLong(1), row.getLong(2));
                    }
                }
                return refunded;
            }
        });
    }

    private List<CustomerRecord> customers(String where, int limit, Object... parameters) {
        return query.withConnection(connection -> read(connection, COLUMNS + where, limit, parameters));
    }

    private static List<CustomerRecord> read(Connection connection, String sql, int limit, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(limit);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<CustomerRecord> customers = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    customers.add(new CustomerRecord(row.getLong(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getBoolean(7)));
                }
            }
            return customers;
        }
    }
}
