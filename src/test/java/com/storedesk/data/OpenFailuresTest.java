package com.storedesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.DatabaseUnavailableException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

class OpenFailuresTest {

    private static final DatabaseLocation H2 = new DatabaseLocation.H2File(Path.of("/data/storedesk"));
    private static final DatabaseLocation PG =
            new DatabaseLocation.Jdbc("jdbc:postgresql://db/storedesk?user=app&password=hunter22", null, "s3cret!");

    @Test
    void h2AlreadyInUseIsLocked() {
        SQLException inUse = new SQLException("Database may be already in use: \"/data/storedesk.mv.db\"", "90020",
                OpenFailures.H2_DATABASE_ALREADY_OPEN);
        DatabaseUnavailableException e = OpenFailures.connecting(H2, new RuntimeException("pool", inUse));

        assertThat(e.reason()).isEqualTo(Reason.LOCKED);
        assertThat(e.detail()).isEqualTo("/data/storedesk");
        assertThat(e.getCause().getCause()).isSameAs(inUse);
    }

    @Test
    void otherConnectionFailuresAreUnreachable() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertThat(OpenFailures.connecting(PG, refused).reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(OpenFailures.connecting(H2, new SQLException("Wrong user name or password", "28000", 28000))
                .reason()).isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    void migrationFailuresAreThemselvesUnlessTheConnectionDropped() {
        assertThat(OpenFailures.migrating(PG, new FlywayException("Validate failed")).reason())
                .isEqualTo(Reason.MIGRATION_FAILED);
        assertThat(OpenFailures.migrating(PG, new FlywayException("lost", new SQLException("I/O error", "08006")))
                .reason()).isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    void causesMentioningASecretAreReplacedByRedactedCopies() {
        RuntimeException leaky = new RuntimeException(
                "Failed to get driver instance for jdbcUrl=jdbc:postgresql://db/storedesk?user=app&password=hunter22",
                new SQLException("bad password s3cret!", "28P01"));

        DatabaseUnavailableException e = OpenFailures.connecting(PG, leaky);

        assertThat(e.getMessage()).doesNotContain("hunter22", "s3cret!");
        assertThat(e.getCause().getMessage())
                .doesNotContain("hunter22")
                .contains("RuntimeException", "jdbc:postgresql://db/storedesk?user=app");
        assertThat(e.getCause().getCause().getMessage())
                .doesNotContain("s3cret!")
                .contains("SQLState 28P01", "bad password ***");
        assertThat(e.getCause().getStackTrace()).isEqualTo(leaky.getStackTrace());
    }

    @Test
    void cleanCausesAreKeptAsTheyAre() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertThat(OpenFailures.connecting(PG, refused).getCause()).isSameAs(refused);
    }
}
