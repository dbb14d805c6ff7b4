package com.storedesk.planogram.store;

import com.storedesk.data.Database;
import com.storedesk.planogram.match.PositionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Checks of fixtures, each with the version it was held against; written once, never changed. */
public final class CheckRepository {

    private final Transactions transactions;

    public CheckRepository(Database database) {
        this.transactions = new Transactions(database);
    }

    /** Saves {@code check} whole and returns its id. */
    public long save(CheckRecord check) {
        return transactions.write("Saving a planogram check", connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO planogram_check"
                    + " (version_id, checked_at, checked_by, score) VALUES (?, ?, ?, ?)", new String[] {"id"})) {
                insert.setLong(1, check.versionId());
                insert.setObject(2, Transactions.utc(check.checkedAt()));
                insert.setString(3, check.checkedBy());
                insert.setBigDecimal(4, score(check.score()));
                insert.executeUpdate();
                id = PlanogramRepository.generatedId(insert);
            }
            insertShelves(connection, id, check.shelfScores());
            insertPositions(connection, id, check.positions());
            insertExceptions(connection, id, check.exceptions());
            return id;
        });
    }

    /** The fixture's checks, newest first. */
    public List<CheckSummary> history(long fixtureId) {
        String sql = "SELECT c.id, c.version_id, v.version_no, c.checked_at, c.checked_by, c.score"
                + " FROM planogram_check c JOIN planogram_version v ON v.id = c.version_id"
                + " WHERE v.fixture_id = ? ORDER BY c.checked_at DESC, c.id DESC";
        return transactions.read("Reading planogram checks", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, fixtureId);
                List<CheckSummary> checks = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        checks.add(new CheckSummary(row.getLong(1), row.getLong(2), row.getInt(3),
                                Transactions.instant(row, 4), row.getString(5), row.getBigDecimal(6).doubleValue()));
                    }
                }
                return checks;
            }
        });
    }

    /** A saved check whole. */
    public Optional<CheckRecord> find(long checkId) {
        return transactions.read("Reading a planogram check", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version_id, checked_at, checked_by, score FROM planogram_check WHERE id = ?")) {
                select.setLong(1, checkId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new CheckRecord(row.getLong(1), Transactions.instant(row, 2), row.getString(3),
                            row.getBigDecimal(4).doubleValue(), shelves(connection, checkId),
                            positions(connection, checkId), exceptions(connection, checkId)));
                }
            }
        });
    }

    /** Each fixture's latest check in the given stores: the district's summary, by store then fixture. */
    public List<FixtureScore> latestScores(Collection<Long> storeIds) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", storeIds.stream().map(id -> "?").toList());
        String sql = "SELECT f.store_id, f.fixture, v.version_no, c.checked_at, c.score"
                + " FROM planogram_check c JOIN planogram_version v ON v.id = c.version_id"
                + " JOIN planogram_fixture f ON f.id = v.fixture_id"
                + " WHERE f.store_id IN (" + in + ") AND NOT EXISTS (SELECT 1 FROM planogram_check later"
                + " JOIN planogram_version lv ON lv.id = later.version_id WHERE lv.fixture_id = f.id"
                + " AND (later.checked_at > c.checked_at OR later.checked_at = c.checked_at AND later.id > c.id))"
                + " ORDER BY f.store_id, f.fixture";
        return transactions.read("Reading planogram scores", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int index = 1;
                for (long storeId : storeIds) {
                    select.setLong(index++, storeId);
                }
                List<FixtureScore> scores = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        scores.add(new FixtureScore(row.getLong(1), row.getString(2), row.getInt(3),
                                Transactions.instant(row, 4), row.getBigDecimal(5).doubleValue()));
                    }
                }
                return scores;
            }
        });
    }

    private static BigDecimal score(double score) {
        return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP);
    }

    private static void insertShelves(Connection connection, long id, Map<Integer, Double> scores)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO planogram_check_shelf (check_id, shelf_no, score) VALUES (?, ?, ?)")) {
            for (Map.Entry<Integer, Double> shelf : new TreeMap<>(scores).entrySet()) {
                insert.setLong(1, id);
                insert.setInt(2, shelf.getKey());
                insert.setBigDecimal(3, score(shelf.getValue()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertPositions(Connection connection, long id, List<PositionOutcome> positions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO planogram_check_position"
                + " (check_id, shelf_no, position_no, status, found_shelf, found_position) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PositionOutcome position : positions) {
                insert.setLong(1, id);
                insert.setInt(2, position.shelf());
                insert.setInt(3, position.position());
                insert.setString(4, position.status().name());
                setInt(insert, 5, position.foundShelf());
                setInt(insert, 6, position.foundPosition());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertExceptions(Connection connection, long id, List<CheckException> exceptions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO planogram_check_exception"
                + " (check_id, seq, kind, sku, code, shelf_no, position_no, from_shelf, from_position, hint, on_hand)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 1;
            for (CheckException exception : exceptions) {
                insert.setLong(1, id);
                insert.setInt(2, seq++);
                insert.setString(3, exception.kind().name());
                insert.setString(4, exception.sku());
                insert.setString(5, exception.code());
                insert.setInt(6, exception.shelf());
                insert.setInt(7, exception.position());
                setInt(insert, 8, exception.fromShelf());
                setInt(insert, 9, exception.fromPosition());
                insert.setString(10, exception.hint() == null ? null : exception.hint().name());
                insert.setBigDecimal(11, exception.onHand());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<Integer, Double> shelves(Connection connection, long id) throws SQLException {
        Map<Integer, Double> scores = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT shelf_no, score FROM planogram_check_shelf WHERE check_id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    scores.put(row.getInt(1), row.getBigDecimal(2).doubleValue());
                }
            }
        }
        return scores;
    }

    private static List<PositionOutcome> positions(Connection connection, long id) throws SQLException {
        List<PositionOutcome> positions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT shelf_no, position_no, status,"
                + " found_shelf, found_position FROM planogram_check_position WHERE check_id = ?"
                + " ORDER BY shelf_no, position_no")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    positions.add(new PositionOutcome(row.getInt(1), row.getInt(2),
                            PositionStatus.valueOf(row.getString(3)), Transactions.optionalInt(row, 4),
                            Transactions.optionalInt(row, 5)));
                }
            }
        }
        return positions;
    }

    private static List<CheckException> exceptions(Connection connection, long id) throws SQLException {
        List<CheckException> exceptions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT kind, sku, code, shelf_no, position_no,"
                + " from_shelf, from_position, hint, on_hand FROM planogram_check_exception WHERE check_id = ?"
                + " ORDER BY seq")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String hint = row.getString(8);
                    exceptions.add(new CheckException(CheckException.Kind.valueOf(row.getString(1)),
                            row.getString(2), row.getString(3), row.getInt(4), row.getInt(5),
                            Transactions.optionalInt(row, 6), Transactions.optionalInt(row, 7),
                            hint == null ? null : FillHint.valueOf(hint), row.getBigDecimal(9)));
                }
            }
        }
        return exceptions;
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
