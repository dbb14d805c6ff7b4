package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    @Test
    void highestSuccessfulVersionWinsComparedAsVersionsNotText() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:schema-version", "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"flyway_schema_history\" (\"version\" VARCHAR(50), \"success\" BOOLEAN)");
            assertThat(SchemaVersion.current(connection)).isEmpty();

            statement.execute("INSERT INTO \"flyway_schema_history\" VALUES (NULL, TRUE), ('1.9', TRUE),"
                    + " ('1.10', TRUE), ('2', FALSE)");
            assertThat(SchemaVersion.current(connection)).isEqualTo("1.10");
        }
    }
}
