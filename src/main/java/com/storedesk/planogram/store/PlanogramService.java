package com.storedesk.planogram.store;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.planogram.match.ComplianceCheck;
import com.storedesk.planogram.match.ComplianceResult;
import com.storedesk.planogram.match.Correction;
import com.storedesk.planogram.match.PositionResult;
import com.storedesk.planogram.match.PositionStatus;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramFiles;
import com.storedesk.planogram.model.PlanogramImportException;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.Role;
import com.storedesk.security.StoreAccess;
import com.storedesk.security.UserSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the planogram screen asks for: a store's fixtures and versions, imports and edits (managers
 * only), checks (everyone who may see the store) saved with the version they were held against, and
 * each missing product's hint from the store's stock: refill from the back room, or reorder.
 * Every version an import or an edit saves is written to the audit trail (who, when, store,
 * fixture, version). Blocking; screens call it off the FX thread.
 */
public final class PlanogramService {

    private final PlanogramRepository planograms;
    private final CheckRepository checks;
    private final StockOnHand stock;
    private final Supplier<Map<String, String>> productNames;
    private final AuditTrail audit;
    private final Clock clock;

    /** @param productNames the catalog's product names by SKU, for showing a planogram */
    public PlanogramService(PlanogramRepository planograms, CheckRepository checks, StockOnHand stock,
            Supplier<Map<String, String>> productNames, AuditTrail audit, Clock clock) {
        this.planograms = Objects.requireNonNull(planograms, "planograms");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.productNames = Objects.requireNonNull(productNames, "productNames");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The catalog's names by SKU; a SKU the catalog does not know has none. */
    public Map<String, String> productNames() {
        return productNames.get();
    }

    /** Associates check fixtures; managers and IT also change planograms. */
    public static boolean canEdit(UserSession session) {
        return session.role() != Role.ASSOCIATE;
    }

    public List<FixtureSummary> fixtures(UserSession session, long storeId) {
        StoreAccess.require(session, storeId);
        return planograms.fixtures(storeId);
    }

    /** The fixture's versions, newest first. */
    public List<VersionInfo> versions(UserSession session, FixtureSummary fixture) {
        StoreAccess.require(session, fixture.storeId());
        return planograms.versions(fixture.id());
    }

    public PlanogramVersion version(UserSession session, FixtureSummary fixture, long versionId) {
        StoreAccess.require(session, fixture.storeId());
        return planograms.version(versionId).filter(version -> version.info().fixtureId() == fixture.id())
                .orElseThrow(() -> new IllegalArgumentException("No version " + versionId + " of " + fixture));
    }

    /**
     * Reads a CSV or JSON file and adds a version of each fixture in it to the store. A file with any
     * problem adds nothing: the exception names the line or JSON path.
     */
    public List<PlanogramVersion> importFile(UserSession session, long storeId, Path file)
            throws IOException, PlanogramImportException {
        requireEditor(session, storeId);
        List<Planogram> read = PlanogramFiles.read(file);
        List<PlanogramVersion> saved = planograms.addVersions(storeId, read, VersionOrigin.IMPORT,
                file.getFileName().toString(), session.auditName(), clock.instant());
        saved.forEach(version -> audited(session, storeId, AuditAction.PLANOGRAM_IMPORTED, version));
        return saved;
    }

    /** Saves a changed planogram as the fixture's next version. */
    public PlanogramVersion saveEdit(UserSession session, long storeId, Planogram edited) {
        requireEditor(session, storeId);
        PlanogramVersion saved = planograms.addVersion(storeId, edited, VersionOrigin.EDIT, null, session.auditName(),
                clock.instant());
        audited(session, storeId, AuditAction.PLANOGRAM_EDITED, saved);
        return saved;
    }

    /**
     * Checks what was scanned (top shelf first) against {@code version} and saves the result with it.
     */
    public CheckOutcome check(UserSession session, FixtureSummary fixture, PlanogramVersion version,
            List<List<String>> scannedShelves) {
        StoreAccess.require(session, fixture.storeId());
        if (version.info().fixtureId() != fixture.id()) {
            throw new IllegalArgumentException("Version " + version.info().id() + " is not of " + fixture);
        }
        ComplianceResult result = ComplianceCheck.check(version.planogram(), scannedShelves);
        List<CheckException> exceptions = exceptions(fixture.storeId(), result);
        Map<Integer, Double> shelfScores = new LinkedHashMap<>();
        for (int shelf = 1; shelf <= version.planogram().shelfCount(); shelf++) {
            shelfScores.put(shelf, result.shelfScore(shelf));
        }
        List<PositionOutcome> outcomes = new ArrayList<>();
        for (PositionResult position : result.positions()) {
            boolean moved = position.status() == PositionStatus.MISPLACED;
            outcomes.add(new PositionOutcome(position.expected().shelf(), position.expected().position(),
                    position.status(), moved ? position.foundAt().shelf() : null,
                    moved ? position.foundAt().position() : null));
        }
        long id = checks.save(new CheckRecord(version.info().id(), clock.instant(), session.auditName(),
                result.score(), shelfScores, outcomes, exceptions));
        return new CheckOutcome(id, version.info(), result, exceptions);
    }

    /** The fixture's past checks, newest first. */
    public List<CheckSummary> history(UserSession session, FixtureSummary fixture) {
        StoreAccess.require(session, fixture.storeId());
        return checks.history(fixture.id());
    }

    /**
     * A past check of {@code fixture} with its version, to show read-only. A check of another fixture
     * is refused as one that does not exist, so an id alone never shows another store's shelf.
     */
    public SavedCheck savedCheck(UserSession session, FixtureSummary fixture, long checkId) {
        StoreAccess.require(session, fixture.storeId());
        CheckRecord check = checks.find(checkId)
                .orElseThrow(() -> new IllegalArgumentException("No check " + checkId));
        PlanogramVersion version = planograms.version(check.versionId())
                .filter(v -> v.info().fixtureId() == fixture.id())
                .orElseThrow(() -> new IllegalArgumentException("No check " + checkId + " of " + fixture));
        return new SavedCheck(checkId, version, check);
    }

    /** Each fixture's latest check in the stores the session may see, for a district summary. */
    public List<FixtureScore> latestScores(UserSession session, List<Long> storeIds) {
        return checks.latestScores(storeIds.stream().filter(session::canSeeStore).toList());
    }

    private List<CheckException> exceptions(long storeId, ComplianceResult result) {
        List<CheckException> exceptions = new ArrayList<>();
        for (Correction correction : result.corrections()) {
            BigDecimal onHand = correction instanceof Correction.Fill fill
                    ? stock.onHand(storeId, fill.position().sku()).orElse(null)
                    : null;
            exceptions.add(CheckException.of(correction, onHand));
        }
        return exceptions;
    }

    /** One entry per saved version; the entry's own time and actor say when and who. */
    private void audited(UserSession session, long storeId, AuditAction action, PlanogramVersion version) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fixture", version.planogram().fixture());
        details.put("version", Integer.toString(version.info().number()));
        details.put("positions", Integer.toString(version.planogram().positionCount()));
        if (version.info().sourceName() != null) {
            details.put("file", version.info().sourceName());
        }
        audit.record(new AuditEvent(session.auditName(), action, storeId,
                "planogram:" + version.info().fixtureId() + ":v" + version.info().number(), details));
    }

    private static void requireEditor(UserSession session, long storeId) {
        StoreAccess.require(session, storeId);
        if (!canEdit(session)) {
            throw new AccessDeniedException("planogram.denied.edit");
        }
    }
}
