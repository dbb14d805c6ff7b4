package com.storedesk.inventory.count;

import static com.storedesk.inventory.count.CountFixture.MUG_UPC;
import static com.storedesk.inventory.count.CountFixture.associate;
import static com.storedesk.inventory.count.CountFixture.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ProposedAction;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.inventory.count.CountRefusedException.Reason;
import com.storedesk.security.UserSession;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CountServiceTest {

    private final CountFixture fixture = new CountFixture();
    private final UserSession sam = associate(fixture.downtown);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aScanAddsOneWhicheverFormOfTheBarcodeAndATypedQuantitySetsTheLine() {
        long count = start("Aisle 4");

        fixture.counts.scan(sam, count, MUG_UPC);
        fixture.counts.scan(sam, count, "0" + MUG_UPC);
        CountLine mugs = fixture.counts.scan(sam, count, "00" + MUG_UPC);
        assertThat(mugs.productId()).isEqualTo(fixture.mug);
        assertThat(mugs.name()).isEqualTo("Stoneware Mug");
        assertThat(mugs.quantity()).as("UPC-A, EAN-13 and GTIN-14 of one mug add up").isEqualByComparingTo("3");

        fixture.counts.enter(sam, count, "scr-100", new BigDecimal("40"));
        CountLine screws = fixture.counts.enter(sam, count, "SCR-100", new BigDecimal("98"));
        assertThat(screws.quantity()).as("a typed quantity replaces, not adds").isEqualByComparingTo("98");
        assertThat(fixture.counts.sheet(sam, count).products()).extracting(CountLine::sku)
                .containsExactly("MUG-1", "SCR-100");
    }

    @Test
    void anUnknownCodeIsKeptAsideWithItsQuantityAndComparedWithNothing() {
        long count = start("Back room");
        fixture.counts.scan(sam, count, "4006381333931");
        CountLine unknown = fixture.counts.scan(sam, count, "4006381333931");
        fixture.counts.enter(sam, count, "NO-SUCH-SKU", new BigDecimal("2"));

        assertThat(unknown.known()).isFalse();
        assertThat(unknown.quantity()).isEqualByComparingTo("2");
        CountResult result = fixture.counts.finish(sam, count);
        assertThat(result.sheet().unknownCodes()).extracting(CountLine::code, CountLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4006381333931", new BigDecimal("2.000")),
                        org.assertj.core.groups.Tuple.tuple("NO-SUCH-SKU", new BigDecimal("2.000")));
        assertThat(result.sheet().unknownCodes()).allSatisfy(line -> assertThat(line.expected()).isNull());
        assertThat(result.proposed()).isZero();
        assertThat(auditDetails(AuditAction.COUNT_FINISHED)).containsEntry("unknownCodes", "2");
    }

    @Test
    void theDefaultToleranceLetsTwoPercentOfALargeCountPassButNoDifferenceOnASmallOne() {
        long count = start("Aisle 7");
        fixture.counts.enter(sam, count, "SCR-100", new BigDecimal("98"));
        fixture.counts.enter(sam, count, MUG_UPC, new BigDecimal("9"));
        fixture.counts.enter(sam, count, "PERF-50", new BigDecimal("6"));

        CountResult result = fixture.counts.finish(sam, count);

        assertThat(result.sheet().products()).extracting(CountLine::sku, CountLine::overTolerance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SCR-100", false),
                        org.assertj.core.groups.Tuple.tuple("MUG-1", true),
                        org.assertj.core.groups.Tuple.tuple("PERF-50", false));
        assertThat(result.proposed()).isEqualTo(1);
        assertThat(line(result, "SCR-100").difference()).isEqualByComparingTo("-2");
        assertThat(line(result, "SCR-100").actionId()).isNull();

        long again = start("Aisle 7");
        fixture.counts.enter(sam, again, "SCR-100", new BigDecimal("97"));
        assertThat(line(fixture.counts.finish(sam, again), "SCR-100").overTolerance())
                .as("3 of 100 is beyond 2 %").isTrue();
    }

    @Test
    void aToleranceInUnitsLetsThatManyPassAndNotOneMore() {
        fixture.open(new CountTolerance(BigDecimal.ONE, BigDecimal.ZERO));
        long count = start("Aisle 1");
        fixture.counts.enter(sam, count, MUG_UPC, new BigDecimal("11"));
        fixture.counts.enter(sam, count, "PERF-50", new BigDecimal("4"));

        CountResult result = fixture.counts.finish(sam, count);

        assertThat(line(result, "MUG-1").overTolerance()).as("one over").isFalse();
        assertThat(line(result, "PERF-50").overTolerance()).as("two under").isTrue();
        assertThat(result.proposed()).isEqualTo(1);
    }

    @Test
    void anAdjustmentBeyondTheToleranceCarriesTheCountWhereWhoAndWhenToTheInbox() {
        long count = start("Perfume counter");
        fixture.counts.enter(sam, count, "96385074", new BigDecimal("2"));
        fixture.counts.scan(sam, count, MUG_UPC);

        CountResult result = fixture.counts.finish(sam, count);

        assertThat(result.awaitingApproval()).as("4 x 300.00 is above the store manager's 1,000").isEqualTo(1);
        assertThat(result.approvedByPolicy()).as("9 mugs x 5.00 the policy applies at once").isEqualTo(1);
        ProposedAction perfume = fixture.actions.get(manager(fixture.downtown), line(result, "PERF-50").actionId());
        assertThat(perfume.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(perfume.storeId()).isEqualTo(fixture.downtown);
        ActionChange.StockAdjustment change = (ActionChange.StockAdjustment) perfume.proposed();
        assertThat(change.productId()).isEqualTo(fixture.perfume);
        assertThat(change.systemLevel()).isEqualByComparingTo("6");
        assertThat(change.countedLevel()).isEqualByComparingTo("2");
        assertThat(change.reason()).isEqualTo(ActionChange.AdjustmentReason.SHRINK);
        assertThat(change.valueMinor()).as("valued at the price without a cost").isEqualTo(-120_000);
        assertThat(perfume.rationale().key()).isEqualTo("action.rationale.countShrink");
        assertThat(perfume.proposer().name()).isEqualTo(CountAdjustment.PROPOSER);
        assertThat(perfume.evidence().figures()).extracting(f -> f.key() + "=" + f.figure().value()).contains(
                "action.figure.counted=2", "action.figure.expected=6", "action.figure.difference=-4",
                "action.figure.countedOn=2026-11-23", "count.evidence.location=Perfume counter",
                "count.evidence.countedBy=sam");
        ProposedAction mugs = fixture.actions.get(manager(fixture.downtown), line(result, "MUG-1").actionId());
        assertThat(mugs.status()).isEqualTo(ActionStatus.APPROVED);
        assertThat(((ActionChange.StockAdjustment) mugs.proposed()).reason())
                .isEqualTo(ActionChange.AdjustmentReason.SHRINK);
    }

    @Test
    void aCountSurvivesARestartLineByLineAndIsFinishedAfterIt() {
        long count = start("Back room");
        fixture.counts.scan(sam, count, MUG_UPC);
        fixture.counts.scan(sam, count, MUG_UPC);
        fixture.counts.scan(sam, count, "4006381333931");

        fixture.reopen();

        assertThat(fixture.counts.unfinished(sam)).extracting(CountSession::id, CountSession::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(count, "Back room"));
        CountSheet sheet = fixture.counts.sheet(sam, count);
        assertThat(sheet.products()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo("MUG-1");
            assertThat(line.quantity()).isEqualByComparingTo("2");
        });
        assertThat(sheet.unknownCodes()).extracting(CountLine::code).containsExactly("4006381333931");
        fixture.counts.scan(sam, count, MUG_UPC);
        CountResult result = fixture.counts.finish(sam, count);
        assertThat(line(result, "MUG-1").quantity()).isEqualByComparingTo("3");
        assertThat(fixture.counts.unfinished(sam)).isEmpty();
    }

    @Test
    void editsAndRemovalsChangeTheLinesUntilTheCountIsFinishedAndNotAfter() {
        long count = start("Aisle 2");
        CountLine mugs = fixture.counts.scan(sam, count, MUG_UPC);
        CountLine screws = fixture.counts.enter(sam, count, "SCR-100", new BigDecimal("5"));
        fixture.counts.correct(sam, count, mugs.id(), new BigDecimal("10"));
        fixture.counts.remove(sam, count, screws.id());

        CountResult result = fixture.counts.finish(sam, count);

        assertThat(result.sheet().lines()).extracting(CountLine::sku).containsExactly("MUG-1");
        assertThat(line(result, "MUG-1").overTolerance()).isFalse();
        assertThat(result.proposed()).isZero();
        assertThatThrownBy(() -> fixture.counts.scan(sam, count, MUG_UPC)).isInstanceOf(CountRefusedException.class)
                .extracting(e -> ((CountRefusedException) e).reason()).isEqualTo(Reason.FINISHED);
        assertThatThrownBy(() -> fixture.counts.finish(sam, count)).isInstanceOf(CountRefusedException.class);
    }

    @Test
    void anotherStoresCountIsNotFoundAndBadInputIsRefusedWithItsReason() {
        long count = start("Aisle 2");
        UserSession mallAssociate = associate(fixture.mall);

        assertRefused(() -> fixture.counts.scan(mallAssociate, count, MUG_UPC), Reason.NOT_FOUND);
        assertRefused(() -> fixture.counts.start(mallAssociate, fixture.downtown, "Aisle 1"), Reason.NOT_FOUND);
        assertThat(fixture.counts.unfinished(mallAssociate)).isEmpty();
        assertRefused(() -> fixture.counts.start(sam, fixture.downtown, "  "), Reason.LOCATION);
        assertRefused(() -> fixture.counts.start(sam, fixture.downtown, "x".repeat(101)), Reason.LOCATION);
        assertRefused(() -> fixture.counts.enter(sam, count, "SCR-100", new BigDecimal("-1")), Reason.QUANTITY);
        assertRefused(() -> fixture.counts.enter(sam, count, "SCR-100", new BigDecimal("1.0005")), Reason.QUANTITY);
        assertRefused(() -> fixture.counts.scan(sam, count, " "), Reason.CODE);
        assertThat(fixture.counts.sheet(sam, count).lines()).isEmpty();
    }

    @Test
    void startAndFinishAreInTheAuditTrail() {
        long count = start("Aisle  9 ");
        fixture.counts.enter(sam, count, MUG_UPC, new BigDecimal("4"));
        fixture.counts.finish(sam, count);

        AuditEvent started = fixture.audited.stream().filter(e -> e.action() == AuditAction.COUNT_STARTED)
                .findFirst().orElseThrow();
        assertThat(started.actor()).isEqualTo("sam");
        assertThat(started.storeId()).isEqualTo(fixture.downtown);
        assertThat(started.subject()).isEqualTo("count:" + count);
        assertThat(started.details()).containsEntry("location", "Aisle 9");
        assertThat(auditDetails(AuditAction.COUNT_FINISHED)).containsEntry("products", "1")
                .containsEntry("proposed", "1").containsEntry("tolerancePercent", "2");
        assertThat(fixture.audited).extracting(AuditEvent::action).contains(AuditAction.ACTION_PROPOSED);
    }

    private long start(String location) {
        return fixture.counts.start(sam, fixture.downtown, location).session().id();
    }

    private static CountLine line(CountResult result, String sku) {
        return result.sheet().products().stream().filter(l -> l.sku().equals(sku)).findFirst().orElseThrow();
    }

    private java.util.Map<String, String> auditDetails(AuditAction action) {
        return fixture.audited.stream().filter(e -> e.action() == action).reduce((a, b) -> b).orElseThrow().details();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(CountRefusedException.class)
                .extracting(e -> ((CountRefusedException) e).reason()).isEqualTo(reason);
    }
}
