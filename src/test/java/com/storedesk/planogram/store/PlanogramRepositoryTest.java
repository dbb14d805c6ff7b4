package com.storedesk.planogram.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.entity.Store;
import com.storedesk.planogram.match.PositionStatus;
import com.storedesk.planogram.model.Gtin;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramPosition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versions and checks in a real, Flyway-migrated H2 file; {@link PlanogramsOnPostgresTest} runs the same on PostgreSQL. */
class PlanogramRepositoryTest {

    static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");

    private Database db;
    private PlanogramRepository planograms;
    private CheckRepository checks;
    private long storeA;
    private long storeB;

    Database openDatabase() {
        return Database.open(new DatabaseLocation.H2File(
                Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        planograms = new PlanogramRepository(db);
        checks = new CheckRepository(db);
        storeA = store(db, "S01");
        storeB = store(db, "S02");
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    static long store(Database db, String code) {
        return db.write(session -> {
            Store store = new Store("demo", "store-" + code, code, "Store " + code, ZoneId.of("America/New_York"),
                    Currency.getInstance("USD"));
            session.persist(store);
            return store.getId();
        });
    }

    static Planogram bay(String fixture, String... skusByShelf) {
        List<List<PlanogramPosition>> shelves = new java.util.ArrayList<>();
        int item = 1;
        for (int s = 0; s < skusByShelf.length; s++) {
            List<PlanogramPosition> shelf = new java.util.ArrayList<>();
            String[] skus = skusByShelf[s].split(",");
            for (int p = 0; p < skus.length; p++) {
                shelf.add(new PlanogramPosition(s + 1, p + 1, skus[p], gtin(item++), p + 1));
            }
            shelves.add(shelf);
        }
        return new Planogram(fixture, shelves);
    }

    static Gtin gtin(int item) {
        String body = String.format("2001%08d", item);
        return Gtin.parse(body + Gtin.checkDigit(body)).orElseThrow();
    }

    @Test
    void eachSaveAddsANumberedVersionAndEarlierVersionsStayAsTheyWere() {
        PlanogramVersion first = planograms.addVersion(storeA, bay("S01-COFFEE-1", "A,B,C", "D,E"),
                VersionOrigin.IMPORT, "coffee.csv", "manager.s01", NOW);
        PlanogramVersion second = planograms.addVersion(storeA, bay("S01-COFFEE-1", "A,C", "D,E,F"),
                VersionOrigin.EDIT, null, "manager.s01", NOW.plus(Duration.ofHours(1)));
        planograms.addVersion(storeB, bay("S01-COFFEE-1", "X"), VersionOrigin.DEMO, null, "system", NOW);

        assertThat(first.info().number()).isEqualTo(1);
        assertThat(second.info().number()).isEqualTo(2);
        assertThat(second.info().fixtureId()).isEqualTo(first.info().fixtureId());
        assertThat(planograms.fixtures(storeA)).containsExactly(
                new FixtureSummary(first.info().fixtureId(), storeA, "S01-COFFEE-1", 2));
        assertThat(planograms.fixtures(storeB)).singleElement()
                .satisfies(fixture -> assertThat(fixture.latestVersion()).isEqualTo(1));

        assertThat(planograms.versions(first.info().fixtureId())).extracting(VersionInfo::number, VersionInfo::origin,
                VersionInfo::sourceName, VersionInfo::createdAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, VersionOrigin.EDIT, null,
                        NOW.plus(Duration.ofHours(1))), org.assertj.core.groups.Tuple.tuple(1, VersionOrigin.IMPORT,
                        "coffee.csv", NOW));
        Planogram readBack = planograms.version(first.info().id()).orElseThrow().planogram();
        assertThat(readBack.positions()).isEqualTo(first.planogram().positions());
        assertThat(readBack.fixture()).isEqualTo("S01-COFFEE-1");
        assertThat(planograms.version(second.info().id()).orElseThrow().planogram().shelf(2))
                .extracting(PlanogramPosition::sku).containsExactly("D", "E", "F");
        assertThat(planograms.storeOf(first.info().fixtureId())).contains(storeA);
    }

    @Test
    void aFileOfSeveralFixturesIsSavedWholeOrNotAtAll() {
        Planogram good = bay("S01-TEA-1", "A,B");
        Planogram badGtinSize = new Planogram("S01-TEA-2", List.of(List.of(
                new PlanogramPosition(1, 1, "X".repeat(65), gtin(1), 1))));

        assertThatThrownBy(() -> planograms.addVersions(storeA, List.of(good, badGtinSize), VersionOrigin.IMPORT,
                "tea.csv", "manager.s01", NOW)).isInstanceOf(RuntimeException.class);
        assertThat(planograms.fixtures(storeA)).isEmpty();
    }

    @Test
    void aCheckKeepsItsVersionScoresOutcomesAndExceptions() {
        PlanogramVersion v1 = planograms.addVersion(storeA, bay("S01-COFFEE-1", "A,B", "C"), VersionOrigin.IMPORT,
                "coffee.csv", "manager.s01", NOW);
        List<PositionOutcome> outcomes = List.of(new PositionOutcome(1, 1, PositionStatus.CORRECT, null, null),
                new PositionOutcome(1, 2, PositionStatus.MISPLACED, 2, 2),
                new PositionOutcome(2, 1, PositionStatus.MISSING, null, null));
        List<CheckException> exceptions = List.of(
                new CheckException(CheckException.Kind.MOVE, "B", null, 1, 2, 2, 2, null, null),
                new CheckException(CheckException.Kind.FILL, "C", null, 2, 1, null, null, FillHint.REFILL,
                        new BigDecimal("7.000")),
                new CheckException(CheckException.Kind.REMOVE, null, "2002000000019", 2, 1, null, null, null, null));
        long id = checks.save(new CheckRecord(v1.info().id(), NOW, "associate.s01", 1 / 3.0,
                Map.of(1, 0.5, 2, 0.0), outcomes, exceptions));

        CheckRecord read = checks.find(id).orElseThrow();
        assertThat(read.versionId()).isEqualTo(v1.info().id());
        assertThat(read.checkedAt()).isEqualTo(NOW);
        assertThat(read.checkedBy()).isEqualTo("associate.s01");
        assertThat(read.score()).isEqualTo(0.3333);
        assertThat(read.shelfScores()).isEqualTo(Map.of(1, 0.5, 2, 0.0));
        assertThat(read.positions()).isEqualTo(outcomes);
        assertThat(read.exceptions()).hasSize(3);
        assertThat(read.exceptions().get(0)).isEqualTo(exceptions.get(0));
        assertThat(read.exceptions().get(1).hint()).isEqualTo(FillHint.REFILL);
        assertThat(read.exceptions().get(1).onHand()).isEqualByComparingTo("7");
        assertThat(read.exceptions().get(2)).isEqualTo(exceptions.get(2));
    }

    @Test
    void historyIsNewestFirstAcrossVersionsAndTheDistrictSeesEachFixturesLatest() {
        PlanogramVersion v1 = planograms.addVersion(storeA, bay("S01-COFFEE-1", "A,B"), VersionOrigin.IMPORT, null,
                "m", NOW);
        PlanogramVersion v2 = planograms.addVersion(storeA, bay("S01-COFFEE-1", "A,B,C"), VersionOrigin.EDIT, null,
                "m", NOW.plus(Duration.ofDays(1)));
        PlanogramVersion other = planograms.addVersion(storeB, bay("S02-TEA-1", "A"), VersionOrigin.DEMO, null, "m",
                NOW);
        save(v1, NOW.plus(Duration.ofHours(2)), 0.5);
        save(v2, NOW.plus(Duration.ofDays(2)), 1.0);
        save(v2, NOW.plus(Duration.ofDays(3)), 2 / 3.0);
        save(other, NOW.plus(Duration.ofHours(3)), 0.0);

        assertThat(checks.history(v1.info().fixtureId())).extracting(CheckSummary::versionNumber, CheckSummary::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 0.6667),
                        org.assertj.core.groups.Tuple.tuple(2, 1.0), org.assertj.core.groups.Tuple.tuple(1, 0.5));
        assertThat(checks.latestScores(List.of(storeA, storeB))).containsExactly(
                new FixtureScore(storeA, "S01-COFFEE-1", 2, NOW.plus(Duration.ofDays(3)), 0.6667),
                new FixtureScore(storeB, "S02-TEA-1", 1, NOW.plus(Duration.ofHours(3)), 0.0));
        assertThat(checks.latestScores(List.of(storeB))).extracting(FixtureScore::fixture).containsExactly("S02-TEA-1");
        assertThat(checks.latestScores(List.of())).isEmpty();
    }

    private void save(PlanogramVersion version, Instant at, double score) {
        checks.save(new CheckRecord(version.info().id(), at, "associate.s01", score, Map.of(1, score), List.of(),
                List.of()));
    }
}
