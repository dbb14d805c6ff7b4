package com.storedesk.inventory.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tolerance set in Settings: kept in the database, changed by managers only, audited like a policy. */
class ToleranceServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneOffset.UTC);
    private static final UserSession MANAGER = new UserSession("Manager", Role.STORE_MANAGER, false, Set.of(1L),
            "manager.s01");
    private static final UserSession ASSOCIATE = new UserSession("Associate", Role.ASSOCIATE, false, Set.of(1L),
            "associate.s01");

    private final Path file = Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk");
    private final List<AuditEvent> audited = new ArrayList<>();
    private Database database = Database.open(new DatabaseLocation.H2File(file), CLOCK);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDefaultHoldsUntilAManagerChangesItAndTheChangeOutlivesARestart() {
        ToleranceService service = new ToleranceService(database, audited::add, CLOCK);
        assertThat(service.current()).isEqualTo(CountTolerance.DEFAULT);

        service.change(MANAGER, new CountTolerance(new BigDecimal("1"), new BigDecimal("5.5")));
        database.close();
        database = Database.open(new DatabaseLocation.H2File(file), CLOCK);

        CountTolerance reread = new ToleranceService(database, audited::add, CLOCK).current();
        assertThat(reread.units()).isEqualByComparingTo("1");
        assertThat(reread.percent()).isEqualByComparingTo("5.5");
        assertThat(audited).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.POLICY_CHANGED);
            assertThat(event.actor()).isEqualTo("manager.s01");
            assertThat(event.subject()).isEqualTo("count-tolerance");
            assertThat(event.details()).containsEntry("before", "0 units or 2 %")
                    .containsEntry("after", "1 units or 5.5 %");
        });
    }

    @Test
    void anAssociateAndAnOutOfRangeShareChangeNothing() {
        ToleranceService service = new ToleranceService(database, audited::add, CLOCK);

        assertThatThrownBy(() -> service.change(ASSOCIATE, new CountTolerance(BigDecimal.ONE, BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.change(MANAGER, new CountTolerance(BigDecimal.ONE, new BigDecimal("101"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountTolerance(new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(service.current()).isEqualTo(CountTolerance.DEFAULT);
        assertThat(audited).isEmpty();
    }
}
