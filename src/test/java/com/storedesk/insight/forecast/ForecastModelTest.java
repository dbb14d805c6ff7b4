package com.storedesk.insight.forecast;

import static com.storedesk.insight.forecast.SyntheticStore.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import com.storedesk.data.facts.HourlyValues;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastModelTest {

    private static final long STORE = 7;
    private static final ForecastModel MODEL = new ForecastModel(HolidayCalendar.NONE);

    private static DayForecast forecast(HourlyValues history, LocalDate date) {
        return MODEL.forecast(STORE, ForecastMetric.NET_SALES, history, date);
    }

    @Test
    void recoversTheWeekdayAndHourPatternOfAnExactHistory() {
        SyntheticStore store = SyntheticStore.exact();
        HourlyValues history = store.history(56);

        for (LocalDate date = START.plusDays(56); date.isBefore(START.plusDays(63)); date = date.plusDays(1)) {
            DayForecast forecast = forecast(history, date);

            assertThat(forecast.day().expected()).as("%s", date).isCloseTo(store.truthDay(date), withPercentage(0.5));
            for (int h = 0; h < HourlyValues.HOURS; h++) {
                boolean trades = SyntheticStore.trades(date.getDayOfWeek(), h);
                Optional<ForecastBand> hour = forecast.hour(h);
                assertThat(hour.isPresent()).as("%s %d:00 listed", date, h).isEqualTo(trades);
                if (trades) {
                    assertThat(hour.get().expected()).as("%s %d:00", date, h)
                            .isCloseTo(store.truth(date, h), withPercentage(0.5));
                }
            }
            assertThat(forecast.expectedBefore(24)).isCloseTo(forecast.day().expected(), withPercentage(1e-9));
        }
    }

    @Test
    void followsATrendAndLooksThroughNoise() {
        SyntheticStore growing = SyntheticStore.exact().growing(1.03).noisy(0.02, 0.03, 11);
        HourlyValues history = growing.history(70);
        LocalDate tomorrow = START.plusDays(70);

        HourlyValues past = history.slice(START, tomorrow);
        DailyLevel level = DailyLevel.fit(TrainingDays.of(past, START, HolidayCalendar.NONE)).orElseThrow();
        assertThat(level.weeklyGrowth()).isCloseTo(1.03, within(0.005));
        // Without the trend the level would lag the last weeks' growth by about 6 %; the noise is 2-3 %.
        assertThat(forecast(history, tomorrow).day().expected())
                .isCloseTo(growing.truthDay(tomorrow), withPercentage(3));
        for (int ahead = 1; ahead < 7; ahead++) {
            LocalDate later = tomorrow.plusDays(ahead);
            assertThat(forecast(history, later).day().expected()).as("%s", later)
                    .isCloseTo(growing.truthDay(later), withPercentage(4));
        }

        SyntheticStore flat = SyntheticStore.exact().noisy(0.02, 0.03, 12);
        for (int ahead = 0; ahead < 7; ahead++) {
            LocalDate date = tomorrow.plusDays(ahead);
            assertThat(forecast(flat.history(70), date).day().expected()).as("%s", date)
                    .isCloseTo(flat.truthDay(date), withPercentage(3));
        }
    }

    @Test
    void usesNothingFromTheForecastDayOrLater() {
        SyntheticStore store = SyntheticStore.exact().noisy(0.08, 0.2, 21);
        LocalDate date = START.plusDays(60);
        HourlyValues history = store.history(84);
        HourlyValues changedFromThatDay = store.history(84, (day, hour) -> day.isBefore(date) ? 1.0 : 5.0 + hour);

        DayForecast forecast = forecast(history, date);

        assertThat(forecast(changedFromThatDay, date)).isEqualTo(forecast);
        assertThat(forecast(history.slice(START, date), date)).isEqualTo(forecast);
        assertThat(forecast(history, date.plusDays(1))).isNotEqualTo(forecast(changedFromThatDay, date.plusDays(1)));
    }

    @Test
    void closuresEvesAndOddDaysInTheHistoryDoNotBendTheProfile() {
        SyntheticStore store = SyntheticStore.exact().noisy(0.02, 0.02, 31);
        LocalDate closed = START.plusDays(44);
        LocalDate tillsDown = START.plusDays(51);
        HourlyValues clean = store.history(63);
        HourlyValues marked = store.history(63, (day, hour) -> day.equals(closed) ? 0.0
                : day.equals(closed.minusDays(1)) ? 1.6
                : day.equals(tillsDown) ? 0.4
                : 1.0);

        for (LocalDate date = START.plusDays(63); date.isBefore(START.plusDays(70)); date = date.plusDays(1)) {
            DayForecast expected = forecast(clean, date);
            DayForecast forecast = forecast(marked, date);
            assertThat(forecast.day().expected()).as("%s", date)
                    .isCloseTo(expected.day().expected(), withPercentage(2));
            for (HourForecast hour : expected.hours()) {
                assertThat(forecast.hour(hour.hour()).orElseThrow().expected()).as("%s %d:00", date, hour.hour())
                        .isCloseTo(hour.band().expected(), withPercentage(3));
            }
        }
    }

    @Test
    void aHolidayInTheHistoryIsLeftOutOfTheProfile() {
        SyntheticStore store = SyntheticStore.exact().noisy(0.02, 0.02, 32);
        LocalDate holiday = START.plusDays(45);
        HolidayCalendar oneHoliday = calendar(holiday);
        HourlyValues busy = store.history(63, (day, hour) -> day.equals(holiday) ? 2.5 : 1.0);

        LocalDate date = START.plusDays(63).with(holiday.getDayOfWeek());
        assertThat(new ForecastModel(oneHoliday).forecast(STORE, ForecastMetric.NET_SALES, busy, date).day().expected())
                .isCloseTo(store.truthDay(date), withPercentage(3));
    }

    @Test
    void aHolidayRepeatsWhatItDidLastYear() {
        // Last Christmas the store closed, and on Christmas Eve it was half again as busy but shut at 16:00.
        LocalDate eveLastYear = LocalDate.of(2026, 12, 24);
        SyntheticStore store = SyntheticStore.exact().noisy(0.03, 0.05, 41);
        HourlyValues history = store.history(700, (day, hour) -> day.equals(eveLastYear.plusDays(1)) ? 0.0
                : day.equals(eveLastYear) ? (hour < 16 ? 1.5 * 16 / 11.0 : 0.0)
                : 1.0);
        ForecastModel withHolidays = new ForecastModel(new UsHolidays());
        LocalDate eve = LocalDate.of(2027, 12, 24);

        DayForecast ordinary = MODEL.forecast(STORE, ForecastMetric.NET_SALES, history, eve);
        DayForecast christmasEve = withHolidays.forecast(STORE, ForecastMetric.NET_SALES, history, eve);
        DayForecast christmas = withHolidays.forecast(STORE, ForecastMetric.NET_SALES, history, eve.plusDays(1));

        double lastYearsRatio = history.dayTotal(eveLastYear) / (double) history.dayTotal(eveLastYear.minusWeeks(1));
        assertThat(christmasEve.day().expected()).isCloseTo(ordinary.day().expected() * lastYearsRatio,
                withPercentage(10));
        assertThat(christmasEve.day().low()).isLessThanOrEqualTo(ordinary.day().expected());
        assertThat(christmasEve.hours()).extracting(HourForecast::hour).allMatch(hour -> hour < 16).isNotEmpty();
        assertThat(christmas.hours()).isEmpty();
        assertThat(christmas.day()).isEqualTo(ForecastBand.exactly(0));
    }

    @Test
    void aHolidayNeverSeenKeepsTheOrdinaryForecastWithABandDownToZero() {
        HourlyValues history = SyntheticStore.exact().noisy(0.05, 0.1, 51).history(63);
        LocalDate veteransDay = LocalDate.of(2026, 11, 11);
        HourlyValues shifted = shift(history, veteransDay.minusDays(history.days()));

        DayForecast ordinary = MODEL.forecast(STORE, ForecastMetric.NET_SALES, shifted, veteransDay);
        DayForecast holiday = new ForecastModel(new UsHolidays())
                .forecast(STORE, ForecastMetric.NET_SALES, shifted, veteransDay);

        // Columbus Day is in the history too: the holiday calendar leaves it out, the other model does not.
        assertThat(holiday.day().expected()).isCloseTo(ordinary.day().expected(), withPercentage(1));
        assertThat(holiday.day().low()).isZero();
        assertThat(holiday.day().high()).isCloseTo(ordinary.day().high(), withPercentage(3));
        assertThat(holiday.hours()).allSatisfy(hour -> assertThat(hour.band().low()).isZero());
    }

    @Test
    void theBandHoldsAboutEightyPercentOfWhatHappens() {
        SyntheticStore store = SyntheticStore.exact().noisy(0.08, 0.2, 61);
        HourlyValues history = store.history(196);
        int hours = 0;
        int hoursIn = 0;
        int days = 0;
        int daysIn = 0;
        for (LocalDate date = START.plusDays(84); date.isBefore(START.plusDays(196)); date = date.plusDays(1)) {
            DayForecast forecast = forecast(history, date);
            days++;
            daysIn += forecast.day().contains(history.dayTotal(date)) ? 1 : 0;
            for (HourForecast hour : forecast.hours()) {
                assertThat(hour.band().low()).isLessThan(hour.band().expected());
                assertThat(hour.band().high()).isGreaterThan(hour.band().expected());
                hours++;
                hoursIn += hour.band().contains(history.get(date, hour.hour())) ? 1 : 0;
            }
        }
        assertThat(hoursIn / (double) hours).as("hours in band").isCloseTo(0.8, within(0.06));
        assertThat(daysIn / (double) days).as("days in band").isCloseTo(0.8, within(0.1));
    }

    @Test
    void tooLittleHistoryGivesNoHoursAndAZeroBand() {
        HourlyValues history = SyntheticStore.exact().noisy(0.05, 0.1, 71).history(30);
        LocalDate first = START;

        HourlyValues nothing = HourlyValues.empty(first, first.plusDays(30));
        for (DayForecast forecast : List.of(forecast(history, first.plusDays(13)), forecast(history, first),
                forecast(nothing, first.plusDays(29)))) {
            assertThat(forecast.hours()).isEmpty();
            assertThat(forecast.day()).isEqualTo(ForecastBand.exactly(0));
        }
        assertThat(forecast(history, first.plusDays(14)).hours()).isNotEmpty();
    }

    @Test
    void aWeekdayTheStoreNeverTradesIsForecastClosed() {
        HourlyValues history = SyntheticStore.exact().noisy(0.05, 0.1, 81)
                .history(56, (day, hour) -> day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.0 : 1.0);
        LocalDate sunday = START.plusDays(56).with(DayOfWeek.SUNDAY);

        assertThat(forecast(history, sunday).hours()).isEmpty();
        assertThat(forecast(history, sunday).day().expected()).isZero();
        assertThat(forecast(history, sunday.minusDays(1)).hours()).isNotEmpty();
    }

    @Test
    void theSeasonalNaiveRepeatsLastWeek() {
        HourlyValues history = SyntheticStore.exact().noisy(0.05, 0.1, 91).history(14);
        LocalDate date = START.plusDays(14);

        DayForecast naive = SeasonalNaive.forecast(STORE, ForecastMetric.NET_SALES, history, date);

        assertThat(naive.day().expected()).isEqualTo(history.dayTotal(date.minusWeeks(1)));
        assertThat(naive.hour(12).orElseThrow().expected()).isEqualTo(history.get(date.minusWeeks(1), 12));
        assertThat(SeasonalNaive.forecast(STORE, ForecastMetric.NET_SALES, history, START.plusDays(3)).hours())
                .isEmpty();
    }

    private static HolidayCalendar calendar(LocalDate date) {
        return new HolidayCalendar() {
            @Override
            public Optional<Holiday> on(LocalDate day) {
                return day.equals(date) ? Optional.of(new Holiday("test", date)) : Optional.empty();
            }

            @Override
            public Optional<Holiday> find(String key, int year) {
                return Optional.empty();
            }
        };
    }

    /** The same values on other dates, starting {@code from}. */
    private static HourlyValues shift(HourlyValues values, LocalDate from) {
        HourlyValues.Builder builder = HourlyValues.builder(from, from.plusDays(values.days()));
        for (int d = 0; d < values.days(); d++) {
            for (int h = 0; h < HourlyValues.HOURS; h++) {
                builder.add(from.plusDays(d), h, values.get(d, h));
            }
        }
        return builder.build();
    }
}
