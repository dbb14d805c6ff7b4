package com.storedesk.data;

import java.util.List;

/**
 * What {@code storedesk db info} and the Home screen show about the database.
 *
 * @param location {@link DatabaseLocation#describe()}, without passwords
 * @param schemaVersion the Flyway schema version, e.g. "1"
 * @param tables every application table, sorted by name
 */
public record DatabaseInfo(String location, String schemaVersion, List<TableRowCount> tables) {

    public DatabaseInfo {
        tables = List.copyOf(tables);
    }

    /** The row count of {@code table}, or 0 for a table this database does not have. */
    public long rows(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableRowCount::rows).findFirst().orElse(0);
    }
}
