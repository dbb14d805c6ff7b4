package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.TestStore.DAY;
import static com.storedesk.insight.anomaly.TestStore.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.Money;
import com.storedesk.data.facts.CashierActivity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The discount and void rules, on peers made up by hand. */
class CashierRulesTest {

    private final CashierDiscountRule discounts = new CashierDiscountRule();
    private final CashierVoidRule voids = new CashierVoidRule();

    @Test
    void aCashierDiscountingFiveTimesAsOftenAsPeersIsAlerted() {
        List<CashierActivity> activity = new ArrayList<>();
        int[] peerDiscounts = {10, 12, 13, 11, 14, 12};
        for (int i = 0; i < peerDiscounts.length; i++) {
            activity.addAll(cashier(i + 1, "Peer " + (i + 1), 500, peerDiscounts[i], 2));
        }
        activity.addAll(cashier(99, "Miguel", 500, 60, 2));

        List<Alert> alerts = discounts.check(TestStore.complete(DAY), activity);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.CASHIER_DISCOUNTS);
            assertThat(alert.subject()).isEqualTo(AlertSubject.employee(99, "Miguel"));
            assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(alert.figures()).containsExactly(
                    AlertFigure.share(0.12),
                    AlertFigure.share(0.024),
                    AlertFigure.count(60),
                    AlertFigure.money(new Money(60 * 150, USD)),
                    AlertFigure.count(14));
        });
        assertThat(voids.check(TestStore.complete(DAY), activity)).isEmpty();
    }

    @Test
    void aStoreWhereEveryoneDiscountsOftenRaisesNothing() {
        List<CashierActivity> activity = new ArrayList<>();
        int[] counts = {55, 62, 60, 58, 64, 61};
        for (int i = 0; i < counts.length; i++) {
            activity.addAll(cashier(i + 1, "Cashier " + i, 500, counts[i], 2));
        }
        assertThat(discounts.check(TestStore.complete(DAY), activity)).isEmpty();
    }

    @Test
    void aSmallDifferenceAmongCloselyAgreeingPeersIsNotAnOutlier() {
        // The peers agree to the sale (MAD zero): the binomial spread keeps 4 % against 2 % from alarming.
        List<CashierActivity> activity = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            activity.addAll(cashier(i, "Cashier " + i, 500, 10, 2));
        }
        activity.addAll(cashier(9, "Busy", 500, 20, 2));
        assertThat(discounts.check(TestStore.complete(DAY), activity)).isEmpty();
    }

    @Test
    void tooFewPeersOrTooFewSalesGiveNoComparison() {
        List<CashierActivity> threePeers = new ArrayList<>();
        threePeers.addAll(cashier(1, "A", 500, 10, 2));
        threePeers.addAll(cashier(2, "B", 500, 12, 2));
        threePeers.addAll(cashier(3, "C", 500, 60, 2));
        assertThat(discounts.check(TestStore.complete(DAY), threePeers)).isEmpty();

        List<CashierActivity> newcomer = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            newcomer.addAll(cashier(i, "Cashier " + i, 500, 12, 2));
        }
        newcomer.addAll(cashier(9, "New", 40, 10, 2));
        assertThat(discounts.check(TestStore.complete(DAY), newcomer)).isEmpty();
    }

    @Test
    void onlyTheLastFourteenDaysCount() {
        List<CashierActivity> activity = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            activity.addAll(cashier(i, "Cashier " + i, 500, 12, 2));
        }
        // Last month's habit, since changed.
        activity.add(new CashierActivity(9, "Reformed", DAY.minusDays(20), 500, 0, 0, 200, 30_000, 0, 0));
        activity.addAll(cashier(9, "Reformed", 500, 12, 2));
        assertThat(discounts.check(TestStore.complete(DAY), activity)).isEmpty();
    }

    @Test
    void aCashierWhoseSalesAreOftenVoidedIsAlerted() {
        List<CashierActivity> activity = new ArrayList<>();
        int[] peerVoids = {2, 3, 1, 2, 4, 3};
        for (int i = 0; i < peerVoids.length; i++) {
            activity.addAll(cashier(i + 1, "Peer " + i, 500, 12, peerVoids[i]));
        }
        activity.addAll(cashier(42, "Sweetheart", 500, 12, 25));

        List<Alert> alerts = voids.check(TestStore.complete(DAY), activity);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.CASHIER_VOIDS);
            assertThat(alert.subject().name()).isEqualTo("Sweetheart");
            assertThat(alert.figures().get(0)).isEqualTo(AlertFigure.share(25 / 525.0));
            assertThat(alert.figures().get(2)).isEqualTo(AlertFigure.count(25));
        });
    }

    @Test
    void aFewMoreVoidsThanPeersAreChance() {
        List<CashierActivity> activity = new ArrayList<>();
        int[] peerVoids = {2, 3, 1, 2, 4, 3};
        for (int i = 0; i < peerVoids.length; i++) {
            activity.addAll(cashier(i + 1, "Peer " + i, 500, 12, peerVoids[i]));
        }
        activity.addAll(cashier(42, "Unlucky", 500, 12, 7));
        assertThat(voids.check(TestStore.complete(DAY), activity)).isEmpty();
    }

    /** Five shifts a week: the days before {@link TestStore#DAY} a cashier works. */
    private static final int[] SHIFTS = {0, 1, 2, 3, 4, 7, 8, 9, 10, 13};

    /**
     * Ten shifts in the fourteen days up to {@link TestStore#DAY}, with {@code sales} completed sales,
     * {@code discounted} of them discounted by the cashier ($1.50 each) and {@code voided} more voided.
     */
    private static List<CashierActivity> cashier(long id, String name, int sales, int discounted, int voided) {
        List<CashierActivity> days = new ArrayList<>();
        for (int shift = 0; shift < 10; shift++) {
            int daySales = sales / 10 + (shift < sales % 10 ? 1 : 0);
            int dayDiscounted = discounted / 10 + (shift < discounted % 10 ? 1 : 0);
            int dayVoided = voided / 10 + (shift < voided % 10 ? 1 : 0);
            days.add(new CashierActivity(id, name, DAY.minusDays(SHIFTS[shift]), daySales, daySales * 5_000L, dayVoided,
                    dayDiscounted, dayDiscounted * 150L, 0, 0));
        }
        return days;
    }
}
