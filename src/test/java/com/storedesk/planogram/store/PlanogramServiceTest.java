package com.storedesk.planogram.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.StockLevel;
import com.storedesk.data.entity.Store;
import com.storedesk.data.facts.StoreStockRepository;
import com.storedesk.planogram.match.PositionStatus;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramImportException;
import com.storedesk.planogram.model.PlanogramPosition;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports, edits and checks through the service, with the store's perpetual stock deciding refill or reorder. */
class PlanogramServiceTest {

    private static final Path COFFEE = Path.of("assets", "planograms", "demo-coffee-bay.csv");

    private Database db;
    private PlanogramService service;
    private long store;
    private long otherStore;
    private UserSession manager;
    private UserSession associate;
    private final List<AuditEvent> audited = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(new DatabaseLocation.H2File(
                Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")),
                Clock.fixed(PlanogramRepositoryTest.NOW, ZoneOffset.UTC));
        store = PlanogramRepositoryTest.store(db, "S01");
        otherStore = PlanogramRepositoryTest.store(db, "S02");
        service = new PlanogramService(new PlanogramRepository(db), new CheckRepository(db),
                new StoreStockOnHand(new StoreStockRepository(db)), java.util.Map::of, audited::add,
                Clock.fixed(PlanogramRepositoryTest.NOW, ZoneOffset.UTC));
        manager = new UserSession("Manager S01", Role.STORE_MANAGER, false, Set.of(store), "manager.s01");
        associate = new UserSession("Associate S01", Role.ASSOCIATE, false, Set.of(store), "associate.s01");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMissingProductTheStoreHasIsRefilledOneItHasNotIsReorderedAndAnUncountedOneIsJustMissing() throws Exception {
        stock("COF-0005", "12");
        stock("COF-0022", "0");
        PlanogramVersion version = service.importFile(manager, store, COFFEE).get(0);
        FixtureSummary fixture = service.fixtures(associate, store).get(0);
        List<List<String>> scans = scansWithout(version.planogram(), "COF-0005", "COF-0022", "COF-0015");

        CheckOutcome outcome = service.check(associate, fixture, version, scans);

        assertThat(outcome.exceptions()).extracting(CheckException::kind, CheckException::sku, CheckException::hint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CheckException.Kind.FILL, "COF-0005",
                        FillHint.REFILL), org.assertj.core.groups.Tuple.tuple(CheckException.Kind.FILL, "COF-0015",
                        null), org.assertj.core.groups.Tuple.tuple(CheckException.Kind.FILL, "COF-0022",
                        FillHint.REORDER));
        assertThat(outcome.exceptions().get(0).onHand()).isEqualByComparingTo("12");
        assertThat(outcome.result().score()).isEqualTo(16 / 19.0);

        CheckRecord saved = new CheckRepository(db).find(outcome.checkId()).orElseThrow();
        assertThat(saved.versionId()).isEqualTo(version.info().id());
        assertThat(saved.checkedBy()).isEqualTo("associate.s01");
        assertThat(saved.exceptions()).isEqualTo(outcome.exceptions().stream()
                .map(e -> e.onHand() == null ? e : new CheckException(e.kind(), e.sku(), e.code(), e.shelf(),
                        e.position(), e.fromShelf(), e.fromPosition(), e.hint(), saved.exceptions()
                        .get(outcome.exceptions().indexOf(e)).onHand())).toList());
        assertThat(saved.shelfScores()).containsEntry(1, 0.8).containsEntry(2, 1.0).containsEntry(4, 0.6);
        assertThat(saved.positions()).filteredOn(p -> p.status() == PositionStatus.MISSING)
                .extracting(PositionOutcome::shelf, PositionOutcome::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 4), org.assertj.core.groups.Tuple.tuple(4, 2),
                        org.assertj.core.groups.Tuple.tuple(4, 5));
        assertThat(service.history(manager, fixture)).singleElement()
                .satisfies(check -> assertThat(check.versionNumber()).isEqualTo(1));
    }

    @Test
    void theShippedWalkFindsTheMoveTheGapAndTheStrayBar() throws Exception {
        PlanogramVersion version = service.importFile(manager, store, COFFEE).get(0);
        List<String> lines = Files.readAllLines(Path.of("assets", "planograms", "demo-coffee-bay.scans.txt"));
        CheckOutcome outcome = service.check(associate, service.fixtures(associate, store).get(0), version,
                com.storedesk.planogram.match.ShelfScans.parse(lines));

        assertThat(outcome.exceptions()).extracting(CheckException::kind).contains(CheckException.Kind.MOVE,
                CheckException.Kind.FILL, CheckException.Kind.REMOVE);
        assertThat(outcome.exceptions()).filteredOn(e -> e.kind() == CheckException.Kind.REMOVE)
                .extracting(CheckException::code).containsExactly("2002000000019");
    }

    @Test
    void associatesCheckButDoNotChangePlanogramsAndNobodyReachesAnotherStore() throws Exception {
        assertThatThrownBy(() -> service.importFile(associate, store, COFFEE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importFile(manager, otherStore, COFFEE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.fixtures(associate, otherStore)).isInstanceOf(AccessDeniedException.class);
        PlanogramVersion version = service.importFile(manager, store, COFFEE).get(0);
        assertThatThrownBy(() -> service.saveEdit(associate, store, version.planogram()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.fixtures(manager, store)).singleElement()
                .satisfies(fixture -> assertThat(fixture.latestVersion()).isEqualTo(1));
    }

    @Test
    void aFileWithAProblemSavesNothing(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("broken.csv");
        Files.writeString(file, "fixture,shelf,position,sku,gtin,facings\n"
                + "S01-TEA-1,1,1,TEA-1,2001000000012,1\n"
                + "S01-TEA-1,1,2,TEA-2,2001000000013,1\n");

        assertThatThrownBy(() -> service.importFile(manager, store, file))
                .isInstanceOfSatisfying(PlanogramImportException.class,
                        e -> assertThat(e.arguments()[0].toString()).isEqualTo("line 3"));
        assertThat(service.fixtures(manager, store)).isEmpty();
    }

    @Test
    void anEditIsTheNextVersionAndTheFirstStaysCheckable() throws Exception {
        PlanogramVersion first = service.importFile(manager, store, COFFEE).get(0);
        List<List<PlanogramPosition>> shelves = new ArrayList<>(first.planogram().shelves());
        shelves.set(0, shelves.get(0).stream().map(p -> p.position() == 1
                ? new PlanogramPosition(1, 1, p.sku(), p.gtin(), 5) : p).toList());
        PlanogramVersion second = service.saveEdit(manager, store, new Planogram(first.planogram().fixture(), shelves));

        FixtureSummary fixture = service.fixtures(manager, store).get(0);
        assertThat(second.info().number()).isEqualTo(2);
        assertThat(service.versions(manager, fixture)).extracting(VersionInfo::number).containsExactly(2, 1);
        assertThat(service.version(manager, fixture, first.info().id()).planogram().shelf(1).get(0).facings())
                .isEqualTo(3);
        assertThat(service.version(manager, fixture, second.info().id()).planogram().shelf(1).get(0).facings())
                .isEqualTo(5);
    }

    @Test
    void aPastCheckIsReadBackWithItsVersionButOnlyForItsOwnFixture() throws Exception {
        stock("COF-0005", "7");
        PlanogramVersion first = service.importFile(manager, store, COFFEE).get(0);
        service.importFile(manager, store, Path.of("assets", "planograms", "demo-chocolate-bay.json"));
        List<FixtureSummary> fixtures = service.fixtures(associate, store);
        FixtureSummary coffee = fixtures.stream().filter(f -> f.id() == first.info().fixtureId()).findFirst()
                .orElseThrow();
        FixtureSummary chocolate = fixtures.stream().filter(f -> f.id() != coffee.id()).findFirst().orElseThrow();
        CheckOutcome outcome = service.check(associate, coffee, first,
                scansWithout(first.planogram(), "COF-0005"));
        service.saveEdit(manager, store, first.planogram());

        SavedCheck saved = service.savedCheck(manager, coffee, outcome.checkId());

        assertThat(saved.id()).isEqualTo(outcome.checkId());
        assertThat(saved.version().info().number()).as("the version checked, not the latest").isEqualTo(1);
        assertThat(saved.version().planogram().shelves()).isEqualTo(first.planogram().shelves());
        assertThat(saved.check().checkedBy()).isEqualTo("associate.s01");
        assertThat(saved.check().score()).isCloseTo(18 / 19.0, org.assertj.core.api.Assertions.within(0.0001));
        assertThat(saved.check().exceptions()).singleElement()
                .satisfies(e -> assertThat(e.hint()).isEqualTo(FillHint.REFILL));
        assertThatThrownBy(() -> service.savedCheck(manager, chocolate, outcome.checkId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.savedCheck(manager, coffee, outcome.checkId() + 1000))
                .isInstanceOf(IllegalArgumentException.class);
        UserSession elsewhere = new UserSession("Associate S02", Role.ASSOCIATE, false, Set.of(otherStore),
                "associate.s02");
        assertThatThrownBy(() -> service.savedCheck(elsewhere, coffee, outcome.checkId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyImportedAndEditedVersionIsAuditedWithWhoStoreFixtureAndVersion() throws Exception {
        PlanogramVersion first = service.importFile(manager, store, COFFEE).get(0);
        service.saveEdit(manager, store, first.planogram());

        assertThat(audited).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::storeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.PLANOGRAM_IMPORTED, "manager.s01",
                        store),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLANOGRAM_EDITED, "manager.s01", store));
        assertThat(audited.get(0).details()).containsEntry("fixture", first.planogram().fixture())
                .containsEntry("version", "1").containsEntry("file", "demo-coffee-bay.csv")
                .containsEntry("positions", "19");
        assertThat(audited.get(1).details()).containsEntry("version", "2").doesNotContainKey("file");
        assertThat(audited.get(1).subject()).isEqualTo("planogram:" + first.info().fixtureId() + ":v2");
    }

    @Test
    void aRefusedOrBrokenImportAuditsNothing(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("broken.csv");
        Files.writeString(file, "fixture,shelf,position,sku,gtin,facings\nS01-TEA-1,1,1,TEA-1,2001000000013,1\n");

        assertThatThrownBy(() -> service.importFile(associate, store, COFFEE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importFile(manager, store, file))
                .isInstanceOf(PlanogramImportException.class);
        assertThat(audited).isEmpty();
    }

    private List<List<String>> scansWithout(Planogram planogram, String... skus) {
        Set<String> left = Set.of(skus);
        return planogram.shelves().stream().map(shelf -> shelf.stream().filter(p -> !left.contains(p.sku()))
                .map(p -> p.gtin().shortForm()).toList()).toList();
    }

    private void stock(String sku, String onHand) {
        db.writeVoid(session -> {
            Store owner = session.get(Store.class, store);
            Product product = new Product("demo", "product-" + sku, sku, "Coffee " + sku, 999,
                    Currency.getInstance("USD"));
            session.persist(product);
            session.persist(new StockLevel("demo", "stock-" + sku, owner, product, new BigDecimal(onHand)));
        });
    }
}
