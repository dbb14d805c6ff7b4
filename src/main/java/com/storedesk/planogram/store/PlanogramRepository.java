package com.storedesk.planogram.store;

import com.storedesk.planogram.model.Gtin;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.storedesk.data.Database;

/** A store's fixtures and the versions of their planograms; a version once written never changes. */
public final class PlanogramRepository {

    private static final String VERSION_COLUMNS =
            "v.id, v.fixture_id, v.version_no, v.origin, v.source_name, v.created_at, v.created_by, f.fixture";

    private final Transactions transactions;

    public PlanogramRepository(Database database) {
        this.transactions = new Transactions(database);
    }

    /** The store's fixtures by name, each with its latest version number. */
    public List<FixtureSummary> fixtures(long storeId) {
        String sql = "SELECT f.id, f.store_id, f.fixture, MAX(v.version_no) FROM planogram_fixture f"
                + " JOIN planogram_version v ON v.fixture_id = f.id WHERE f.store_id = ?"
                + " GROUP BY f.id, f.store_id, f.fixture ORDER BY f.fixture";
        return transactions.read("Reading planograms", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, storeId);
                List<FixtureSummary> fixtures = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        fixtures.add(new FixtureSummary(row.getLong(1), row.getLong(2), row.getString(3),
                                row.getInt(4)));
                    }
                }
                return fixtures;
            }
        });
    }

    /**
     * Adds a version of each planogram to the store's fixture of its name (creating the fixture when
     * new), all in one transaction: a file's planograms are kept together or not at all.
     */
    public List<PlanogramVersion> addVersions(long storeId, List<Planogram> planograms, VersionOrigin origin,
            String sourceName, String by, Instant at) {
        return transactions.write("Saving planograms", connection -> {
            List<PlanogramVersion> added = new ArrayList<>();
            for (Planogram planogram : planograms) {
                long fixtureId = fixtureId(connection, storeId, planogram.fixture(), at);
                int number = nextNumber(connection, fixtureId);
                long versionId = insertVersion(connection, fixtureId, number, origin, sourceName, at, by);
                insertPositions(connection, versionId, planogram);
                added.add(new PlanogramVersion(
                        new VersionInfo(versionId, fixtureId, number, origin, sourceName, at, by), planogram));
            }
            return added;
        });
    }

    public PlanogramVersion addVersion(long storeId, Planogram planogram, VersionOrigin origin, String sourceName,
            String by, Instant at) {
        return addVersions(storeId, List.of(planogram), origin, sourceName, by, at).get(0);
    }

    /** The fixture's versions, newest first. */
    public List<VersionInfo> versions(long fixtureId) {
        return transactions.read("Reading planogram versions", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + VERSION_COLUMNS
                    + " FROM planogram_version v JOIN planogram_fixture f ON f.id = v.fixture_id"
                    + " WHERE v.fixture_id = ? ORDER BY v.version_no DESC")) {
                select.setLong(1, fixtureId);
                List<VersionInfo> versions = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        versions.add(info(row));
                    }
                }
                return versions;
            }
        });
    }

    public Optional<PlanogramVersion> version(long versionId) {
        return transactions.read("Reading a planogram version", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + VERSION_COLUMNS
                    + " FROM planogram_version v JOIN planogram_fixture f ON f.id = v.fixture_id WHERE v.id = ?")) {
                select.setLong(1, versionId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    VersionInfo info = info(row);
                    return Optional.of(new PlanogramVersion(info, positions(connection, versionId, row.getString(8))));
                }
            }
        });
    }

    /** The fixture's store, to check a session may see it. */
    public Optional<Long> storeOf(long fixtureId) {
        return transactions.read("Reading a fixture", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT store_id FROM planogram_fixture WHERE id = ?")) {
                select.setLong(1, fixtureId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    private static VersionInfo info(ResultSet row) throws SQLException {
        return new VersionInfo(row.getLong(1), row.getLong(2), row.getInt(3), VersionOrigin.valueOf(row.getString(4)),
                row.getString(5), Transactions.instant(row, 6), row.getString(7));
    }

    private static Planogram positions(Connection connection, long versionId, String fixture) throws SQLException {
        List<List<PlanogramPosition>> shelves = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT shelf_no, position_no, sku, gtin, facings"
                + " FROM planogram_position WHERE version_id = ? ORDER BY shelf_no, position_no")) {
            select.setLong(1, versionId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int shelf = row.getInt(1);
                    while (shelves.size() < shelf) {
                        shelves.add(new ArrayList<>());
                    }
                    shelves.get(shelf - 1).add(new PlanogramPosition(shelf, row.getInt(2), row.getString(3),
                            new Gtin(row.getString(4)), row.getInt(5)));
                }
            }
        }
        return new Planogram(fixture, shelves);
    }

    private static long fixtureId(Connection connection, long storeId, String fixture, Instant at)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM planogram_fixture WHERE store_id = ? AND fixture = ?")) {
            select.setLong(1, storeId);
            select.setString(2, fixture);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO planogram_fixture (store_id, fixture, created_at) VALUES (?, ?, ?)",
                new String[] {"id"})) {
            insert.setLong(1, storeId);
            insert.setString(2, fixture);
            insert.setObject(3, Transactions.utc(at));
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    /** The unique (fixture, number) constraint keeps two writers from taking one number. */
    private static int nextNumber(Connection connection, long fixtureId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(version_no), 0) + 1 FROM planogram_version WHERE fixture_id = ?")) {
            select.setLong(1, fixtureId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static long insertVersion(Connection connection, long fixtureId, int number, VersionOrigin origin,
            String sourceName, Instant at, String by) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO planogram_version"
                + " (fixture_id, version_no, origin, source_name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setLong(1, fixtureId);
            insert.setInt(2, number);
            insert.setString(3, origin.name());
            insert.setString(4, sourceName);
            insert.setObject(5, Transactions.utc(at));
            insert.setString(6, by);
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    private static void insertPositions(Connection connection, long versionId, Planogram planogram)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO planogram_position"
                + " (version_id, shelf_no, position_no, sku, gtin, facings) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PlanogramPosition position : planogram.positions()) {
                insert.setLong(1, versionId);
                insert.setInt(2, position.shelf());
                insert.setInt(3, position.position());
                insert.setString(4, position.sku());
                insert.setString(5, position.gtin().digits());
                insert.setInt(6, position.facings());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
