package com.storedesk.inventory.count;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.data.Database;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The cycle-count tolerance in force for the whole database, and the one way to change it: by a
 * manager or an administrator (associates count, they do not decide what a count lets through),
 * recorded as {@code POLICY_CHANGED} with the tolerance before and after, like the approval policy.
 * Blocking: call it off the FX thread.
 */
public final class ToleranceService {

    /** The highest percent: a tolerance of all of on hand. */
    public static final BigDecimal MOST_PERCENT = BigDecimal.valueOf(100);
    /** The highest number of units a NUMERIC(12,3) column keeps. */
    public static final BigDecimal MOST_UNITS = new BigDecimal("999999999");

    private final ToleranceRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    public ToleranceService(Database database, AuditTrail audit, Clock clock) {
        this.repository = new ToleranceRepository(database);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The tolerance set in Settings, or {@link CountTolerance#DEFAULT} while nobody set one. */
    public CountTolerance current() {
        return repository.load().orElse(CountTolerance.DEFAULT);
    }

    public static boolean canChange(UserSession session) {
        return session.role() != Role.ASSOCIATE;
    }

    /** Saves {@code tolerance} for every later count; refused for associates and out-of-range values. */
    public CountTolerance change(UserSession session, CountTolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        if (!canChange(session)) {
            throw new AccessDeniedException("settings.tolerance.denied");
        }
        if (tolerance.percent().compareTo(MOST_PERCENT) > 0 || tolerance.units().compareTo(MOST_UNITS) > 0) {
            throw new IllegalArgumentException("A tolerance is at most " + MOST_UNITS + " units and 100 %");
        }
        CountTolerance before = current();
        repository.save(tolerance, session.auditName(), clock.instant());
        audit.record(new AuditEvent(session.auditName(), AuditAction.POLICY_CHANGED, null, "count-tolerance",
                Map.of("before", describe(before), "after", describe(tolerance))));
        return current();
    }

    private static String describe(CountTolerance tolerance) {
        return tolerance.units().toPlainString() + " units or " + tolerance.percent().toPlainString() + " %";
    }
}
