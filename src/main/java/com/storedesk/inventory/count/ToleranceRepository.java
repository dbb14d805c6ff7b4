package com.storedesk.inventory.count;

import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/** The {@code count_tolerance} table's one row: the tolerance set in Settings, if anyone set one. */
final class ToleranceRepository {

    private final Database database;

    ToleranceRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    Optional<CountTolerance> load() {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT units, percent FROM count_tolerance WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next()
                    ? Optional.of(new CountTolerance(row.getBigDecimal(1).stripTrailingZeros(),
                            row.getBigDecimal(2).stripTrailingZeros()))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new CountStorageException("Reading the count tolerance", e);
        }
    }

    void save(CountTolerance tolerance, String by, Instant at) {
        try (Connection connection = database.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM count_tolerance");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO count_tolerance"
                            + " (id, units, percent, changed_by, changed_at) VALUES (1, ?, ?, ?, ?)")) {
                delete.executeUpdate();
                insert.setBigDecimal(1, tolerance.units());
                insert.setBigDecimal(2, tolerance.percent());
                insert.setString(3, by);
                insert.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new CountStorageException("Saving the count tolerance", e);
        }
    }
}
