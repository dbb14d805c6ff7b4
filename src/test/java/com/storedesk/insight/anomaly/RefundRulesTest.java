package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.TestStore.DAY;
import static com.storedesk.insight.anomaly.TestStore.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.Money;
import com.storedesk.data.facts.StaffRefundDay;
import com.storedesk.data.facts.StoreRefundDay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The store's refund spike and one person's refunds, on made-up days. */
class RefundRulesTest {

    /** Refunds on 28 usual trading days: a median of 7, busier weekends up to 12. */
    private static final int[] USUAL = {5, 7, 8, 6, 7, 11, 12, 6, 7, 5, 8, 7, 10, 9, 4, 7, 6, 8, 7, 12, 11, 6, 5, 7,
            9, 8, 10, 6};

    private final RefundSpikeRule spikes = new RefundSpikeRule();
    private final StaffRefundRule staff = new StaffRefundRule();

    @Test
    void tenTimesTheUsualRefundsIsACriticalSpike() {
        Alert alert = spikes.check(TestStore.complete(DAY), storeDays(65, 208_500), tradingDays(28)).orElseThrow();

        assertThat(alert.kind()).isEqualTo(AlertKind.REFUND_SPIKE);
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.subject()).isEqualTo(AlertSubject.store("S07", "Corner Store"));
        assertThat(alert.figures()).containsExactly(AlertFigure.count(65), AlertFigure.money(new Money(208_500, USD)),
                AlertFigure.quantity(7), AlertFigure.count(28));
    }

    @Test
    void aBusyDaysRefundsAreNoSpike() {
        // 19 is far above the median of 7, but under three times it.
        assertThat(spikes.check(TestStore.complete(DAY), storeDays(19, 60_000), tradingDays(28))).isEmpty();
        assertThat(spikes.check(TestStore.complete(DAY), storeDays(12, 40_000), tradingDays(28))).isEmpty();
    }

    @Test
    void aSpikeShowsTodayAsSoonAsItIsOne() {
        StoreDay noon = TestStore.today(LocalTime.NOON);
        assertThat(spikes.check(noon, storeDays(30, 90_000), tradingDays(28))).isPresent();
    }

    @Test
    void aShortHistoryGivesNoUsualDay() {
        assertThat(spikes.check(TestStore.complete(DAY), storeDays(65, 208_500), tradingDays(10))).isEmpty();
    }

    @Test
    void daysTheStoreWasClosedAreNotQuietDays() {
        // Only 14 of the 28 days traded (refund-free or not): still a baseline, and no zeros for the closed days.
        NavigableSet<LocalDate> everyOtherDay = new TreeSet<>();
        for (int i = 2; i <= 28; i += 2) {
            everyOtherDay.add(DAY.minusDays(i));
        }
        Alert alert = spikes.check(TestStore.complete(DAY), storeDays(65, 208_500), everyOtherDay).orElseThrow();
        assertThat(alert.figures().get(3)).isEqualTo(AlertFigure.count(14));
        assertThat(((AlertFigure.Quantity) alert.figures().get(2)).value()).isGreaterThan(5);
    }

    @Test
    void onePersonProcessingTheSpikeIsAlertedByName() {
        List<StaffRefundDay> refunds = staffDays();
        refunds.add(new StaffRefundDay(3, "Tiffany", DAY, 63, 201_900));
        refunds.add(new StaffRefundDay(4, "Ryan", DAY, 4, 9_000));

        List<Alert> alerts = staff.check(TestStore.complete(DAY), refunds);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.STAFF_REFUNDS);
            assertThat(alert.subject()).isEqualTo(AlertSubject.employee(3, "Tiffany"));
            assertThat(alert.figures()).containsExactly(AlertFigure.count(63),
                    AlertFigure.money(new Money(201_900, USD)), AlertFigure.quantity(4), AlertFigure.count(28));
        });
    }

    @Test
    void aLoneSupervisorsBusySundayIsNotAnOutlier() {
        List<StaffRefundDay> refunds = staffDays();
        refunds.add(new StaffRefundDay(3, "Tiffany", DAY, 10, 30_000));
        assertThat(staff.check(TestStore.complete(DAY), refunds)).isEmpty();
    }

    private static List<StoreRefundDay> storeDays(int refundsOnTheDay, long amount) {
        List<StoreRefundDay> days = new ArrayList<>();
        for (int i = 0; i < USUAL.length; i++) {
            days.add(new StoreRefundDay(DAY.minusDays(USUAL.length - i), USUAL[i], USUAL[i] * 3_000L));
        }
        days.add(new StoreRefundDay(DAY, refundsOnTheDay, amount));
        return days;
    }

    private static NavigableSet<LocalDate> tradingDays(int days) {
        NavigableSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i <= days; i++) {
            dates.add(DAY.minusDays(i));
        }
        return dates;
    }

    /** Two supervisors splitting each usual day's refunds. */
    private static List<StaffRefundDay> staffDays() {
        List<StaffRefundDay> days = new ArrayList<>();
        for (int i = 0; i < USUAL.length; i++) {
            LocalDate date = DAY.minusDays(USUAL.length - i);
            days.add(new StaffRefundDay(3, "Tiffany", date, USUAL[i] / 2, 3_000L * (USUAL[i] / 2)));
            days.add(new StaffRefundDay(4, "Ryan", date, USUAL[i] - USUAL[i] / 2, 3_000L * (USUAL[i] - USUAL[i] / 2)));
        }
        return days;
    }
}
