package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseInspectorTest {

    @Test
    void freshDatabaseListsEveryApplicationTableEmpty() {
        try (Database db = TestDatabases.openFresh()) {
            DatabaseInfo info = new DatabaseInspector(db).info();

            assertThat(info.location()).isEqualTo(db.location().describe());
            assertThat(info.schemaVersion()).isEqualTo(LatestSchema.VERSION);
            assertThat(info.tables()).extracting(TableRowCount::table)
                    .containsExactlyElementsOf(RetailFixture.ROWS_AFTER_PERSIST_ALL.stream()
                            .map(TableRowCount::table).toList())
                    .doesNotContain("flyway_schema_history")
                    .isSorted();
            assertThat(info.tables()).filteredOn(table -> !table.table().equals("approval_policy_rule"))
                    .extracting(TableRowCount::rows).containsOnly(0L);
            assertThat(info.tables()).contains(new TableRowCount("approval_policy_rule",
                    RetailFixture.DEFAULT_POLICY_RULES));
        }
    }

    @Test
    void countsReflectTheRowsWritten() {
        try (Database db = TestDatabases.openFresh()) {
            RetailFixture.persistAll(db);

            assertThat(new DatabaseInspector(db).info().tables())
                    .containsExactlyElementsOf(RetailFixture.ROWS_AFTER_PERSIST_ALL);
        }
    }
}
