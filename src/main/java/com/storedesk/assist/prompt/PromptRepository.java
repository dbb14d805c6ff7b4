package com.storedesk.assist.prompt;

import com.storedesk.assist.PromptRef;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@code prompt_template} table: administrators' prompt versions, only ever added to. */
public final class PromptRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;

    public PromptRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Every stored version of {@code id}, oldest first. */
    public List<PromptVersion> versions(String id) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT version, body, created_by, created_at"
                        + " FROM prompt_template WHERE prompt_id = ? ORDER BY version")) {
            select.setString(1, id);
            List<PromptVersion> versions = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    versions.add(new PromptVersion(new PromptTemplate(new PromptRef(id, row.getInt(1)), row.getString(2)),
                            row.getString(3), row.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE,
                    "Reading prompt versions", e);
        }
    }

    /** Adds a version; false, adding nothing, when that version of the prompt exists already. */
    public boolean add(PromptTemplate template, String author, Instant at) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO prompt_template"
                        + " (prompt_id, version, body, created_by, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, template.ref().id());
            insert.setInt(2, template.ref().version());
            insert.setString(3, template.text());
            insert.setString(4, author);
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE,
                    "Saving a prompt version", e);
        }
    }
}
