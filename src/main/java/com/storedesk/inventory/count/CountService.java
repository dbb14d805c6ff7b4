package com.storedesk.inventory.count;

import com.storedesk.actions.ActionService;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ProposedAction;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.data.Database;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.StoreSummary;
import com.storedesk.inventory.count.CountRefusedException.Reason;
import com.storedesk.security.UserSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cycle counts from start to finish. Anyone may count in the stores their session sees, associates
 * included; a count in another store is not found. Each scan, typed quantity, edit and removal is
 * saved at once. Finishing compares each product with on hand and proposes an adjustment through
 * the {@link ActionService} for each difference beyond the tolerance. Start and finish are written
 * to the audit trail; the proposals record themselves. Blocking: call it off the FX thread.
 */
public final class CountService {

    /** The longest location label: "Aisle 4, bay 2, top shelf" fits easily. */
    public static final int LOCATION_LENGTH = 100;
    /** The longest code kept: longer than any barcode a store scans or SKU a platform gives. */
    public static final int CODE_LENGTH = 64;
    private static final BigDecimal MOST = new BigDecimal("999999999");

    private final CountRepository repository;
    private final CountCatalog catalog;
    private final StoreRepository stores;
    private final ActionService actions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Supplier<CountTolerance> tolerance;

    /** Counts compared with one fixed tolerance. */
    public CountService(Database database, StoreRepository stores, ActionService actions, AuditTrail audit,
            Clock clock, CountTolerance tolerance) {
        this(database, stores, actions, audit, clock, constant(tolerance));
    }

    /** Counts compared with the tolerance in force when each is finished (read from Settings). */
    public CountService(Database database, StoreRepository stores, ActionService actions, AuditTrail audit,
            Clock clock, Supplier<CountTolerance> tolerance) {
        this.repository = new CountRepository(database);
        this.catalog = new CountCatalog(database);
        this.stores = Objects.requireNonNull(stores, "stores");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    /** The tolerance a count finished now is compared with. */
    public CountTolerance tolerance() {
        return Objects.requireNonNull(tolerance.get(), "tolerance");
    }

    private static Supplier<CountTolerance> constant(CountTolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        return () -> tolerance;
    }

    /** Starts counting {@code location} of the store. */
    public CountSheet start(UserSession session, long storeId, String location) {
        String label = location == null ? "" : location.strip().replaceAll("\\s+", " ");
        if (label.isEmpty() || label.length() > LOCATION_LENGTH) {
            throw new CountRefusedException(Reason.LOCATION, "A location is 1 to " + LOCATION_LENGTH + " characters");
        }
        store(session, storeId);
        long id = repository.insertSession(storeId, label, session.auditName(), clock.instant());
        audit.record(new AuditEvent(session.auditName(), AuditAction.COUNT_STARTED, storeId, subject(id),
                Map.of("location", label)));
        return sheet(session, id);
    }

    /** The unfinished counts in the stores the session sees, oldest first: what a restart resumes. */
    public List<CountSession> unfinished(UserSession session) {
        return repository.openSessions(session.allStores() ? null : session.storeIds());
    }

    public CountSheet sheet(UserSession session, long countId) {
        return new CountSheet(visible(session, countId), repository.lines(countId));
    }

    /** A scanned code: one more of its product, or of the unknown code, kept aside. */
    public CountLine scan(UserSession session, long countId, String code) {
        return put(session, countId, code, BigDecimal.ONE, true);
    }

    /** A typed code and quantity: the line's quantity becomes {@code quantity}. */
    public CountLine enter(UserSession session, long countId, String code, BigDecimal quantity) {
        return put(session, countId, code, checked(quantity), false);
    }

    /** Corrects a line's quantity. */
    public void correct(UserSession session, long countId, long lineId, BigDecimal quantity) {
        open(session, countId);
        if (!repository.setQuantity(countId, lineId, checked(quantity), clock.instant())) {
            throw new CountRefusedException(Reason.NOT_FOUND, "No line " + lineId + " in count " + countId);
        }
    }

    public void remove(UserSession session, long countId, long lineId) {
        open(session, countId);
        if (!repository.remove(countId, lineId)) {
            throw new CountRefusedException(Reason.NOT_FOUND, "No line " + lineId + " in count " + countId);
        }
    }

    /**
     * Compares each product counted with on hand and proposes an adjustment for each difference
     * beyond the tolerance; codes the catalog did not know stay with the count, compared with nothing.
     * A finish the app did not live to record is safe to repeat: the inbox keeps one pending
     * adjustment per product from counts.
     */
    public CountResult finish(UserSession session, long countId) {
        CountSession count = open(session, countId);
        StoreSummary store = store(session, count.storeId());
        Instant at = clock.instant();
        CountTolerance tolerance = tolerance();
        Map<Long, ActionStatus> adjustments = new LinkedHashMap<>();
        List<CountLine> lines = repository.lines(countId);
        for (CountLine line : lines) {
            if (!line.known()) {
                continue;
            }
            BigDecimal expected = catalog.onHand(count.storeId(), line.productId());
            boolean over = !tolerance.allows(expected, line.quantity());
            Long actionId = null;
            if (over) {
                ProposedAction action = actions.propose(CountAdjustment.of(count, store.timeZone(),
                        catalog.byId(line.productId()), expected, line.quantity(), session.auditName(), at));
                actionId = action.id();
                adjustments.put(line.id(), action.status());
            }
            repository.recordOutcome(line.id(), expected, over, actionId);
        }
        if (!repository.finish(countId, session.auditName(), at, tolerance)) {
            throw new CountRefusedException(Reason.FINISHED, "Count " + countId + " was finished meanwhile");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("location", count.location());
        details.put("products", Long.toString(lines.stream().filter(CountLine::known).count()));
        details.put("unknownCodes", Long.toString(lines.stream().filter(line -> !line.known()).count()));
        details.put("proposed", Integer.toString(adjustments.size()));
        details.put("toleranceUnits", tolerance.units().toPlainString());
        details.put("tolerancePercent", tolerance.percent().toPlainString());
        audit.record(new AuditEvent(session.auditName(), AuditAction.COUNT_FINISHED, count.storeId(), subject(countId),
                details));
        return new CountResult(sheet(session, countId), tolerance, adjustments);
    }

    private CountLine put(UserSession session, long countId, String code, BigDecimal quantity, boolean add) {
        String cleaned = code == null ? "" : code.strip();
        if (cleaned.isEmpty() || cleaned.length() > CODE_LENGTH) {
            throw new CountRefusedException(Reason.CODE, "A code is 1 to " + CODE_LENGTH + " characters");
        }
        CountSession count = open(session, countId);
        Optional<CountedProduct> product = catalog.find(count.storeId(), cleaned);
        String key = product.map(p -> "product:" + p.id()).orElse("code:" + cleaned.toUpperCase(Locale.ROOT));
        return repository.put(countId, key, cleaned, product.map(CountedProduct::id).orElse(null), quantity, add,
                clock.instant());
    }

    private static BigDecimal checked(BigDecimal quantity) {
        if (quantity == null || quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > 3
                || quantity.compareTo(MOST) > 0) {
            throw new CountRefusedException(Reason.QUANTITY, "A quantity is 0 or more, in thousandths at most");
        }
        return quantity;
    }

    private CountSession open(UserSession session, long countId) {
        CountSession count = visible(session, countId);
        if (!count.open()) {
            throw new CountRefusedException(Reason.FINISHED, "Count " + countId + " is finished");
        }
        return count;
    }

    private CountSession visible(UserSession session, long countId) {
        return repository.session(countId).filter(count -> session.canSeeStore(count.storeId()))
                .orElseThrow(() -> new CountRefusedException(Reason.NOT_FOUND, "No count " + countId));
    }

    private StoreSummary store(UserSession session, long storeId) {
        if (!session.canSeeStore(storeId)) {
            throw new CountRefusedException(Reason.NOT_FOUND, "No store " + storeId + " for this session");
        }
        return stores.listStores().stream().filter(s -> s.id() == storeId).findFirst()
                .orElseThrow(() -> new CountRefusedException(Reason.NOT_FOUND, "No store " + storeId));
    }

    private static String subject(long countId) {
        return "count:" + countId;
    }
}
