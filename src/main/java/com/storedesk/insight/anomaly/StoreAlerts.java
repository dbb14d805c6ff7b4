package com.storedesk.insight.anomaly;

import com.storedesk.data.Database;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CashierActivity;
import com.storedesk.data.facts.CashierActivityRepository;
import com.storedesk.data.facts.StockFactsRepository;
import com.storedesk.data.facts.TradingHour;
import com.storedesk.data.facts.TradingHoursRepository;
import com.storedesk.data.facts.TrafficFactsRepository;
import com.storedesk.insight.forecast.ForecastMetric;
import com.storedesk.insight.forecast.SalesForecaster;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The alerts of one store-day: loads the facts the rules need, over windows bounded by the longest
 * baseline ({@value #BASELINE_DAYS} days before the day), runs every rule and sorts the alerts by
 * {@link Alert#ORDER}. Meant to run on each dashboard refresh: every read is one query per store and
 * window on a rollup or a (store, business date) index, so its cost follows the window, not the
 * history. Sales themselves are read for the cashier rates' {@value CashierWindow#DAYS} days only.
 */
public final class StoreAlerts {

    /** The longest look back of any rule. */
    static final int BASELINE_DAYS = 28;
    /** How far back a door counter counts as one the store has. */
    static final int SENSOR_DAYS = 7;

    private final StoreRepository stores;
    private final TradingHoursRepository tradingHours;
    private final CashierActivityRepository cashiers;
    private final StockFactsRepository stock;
    private final TrafficFactsRepository traffic;
    private final SalesForecaster forecaster;

    private final SalesForecastRule salesRule = new SalesForecastRule();
    private final CashierDiscountRule discountRule = new CashierDiscountRule();
    private final CashierVoidRule voidRule = new CashierVoidRule();
    private final StaffRefundRule staffRefundRule = new StaffRefundRule();
    private final RefundSpikeRule refundSpikeRule = new RefundSpikeRule();
    private final StockOutRule stockOutRule = new StockOutRule();
    private final SensorDarkRule sensorRule = new SensorDarkRule();

    public StoreAlerts(Database database, SalesForecaster forecaster) {
        this.stores = new StoreRepository(database);
        this.tradingHours = new TradingHoursRepository(database);
        this.cashiers = new CashierActivityRepository(database);
        this.stock = new StockFactsRepository(database);
        this.traffic = new TrafficFactsRepository(database);
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
    }

    /**
     * The alerts of {@code storeId} on its business date {@code date}, as known at {@code now}: a past
     * day is judged whole, today only on the hours already past, a future day has none.
     *
     * @throws IllegalArgumentException when there is no such store
     */
    public List<Alert> alerts(long storeId, LocalDate date, Instant now) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(now, "now");
        StoreSummary store = stores.listStores().stream().filter(s -> s.id() == storeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No store with id " + storeId));
        StoreDay day = StoreDay.at(store, date, now);
        if (day.hoursPast() == 0) {
            return List.of();
        }
        LocalDate from = date.minusDays(BASELINE_DAYS);
        List<TradingHour> hours = tradingHours.hours(storeId, store.timeZone(), from, date);
        List<TradingHour> dayHours = hours.stream().filter(h -> h.date().equals(date)).toList();
        NavigableSet<LocalDate> tradingDays = new TreeSet<>();
        hours.stream().filter(h -> h.transactions() > 0).forEach(h -> tradingDays.add(h.date()));
        List<CashierActivity> activity = cashiers.activity(storeId, date.minusDays(CashierWindow.DAYS - 1L), date);

        List<Alert> alerts = new ArrayList<>();
        salesRule.check(day, forecaster.forecast(storeId, date, ForecastMetric.NET_SALES), dayHours)
                .ifPresent(alerts::add);
        refundSpikeRule.check(day, cashiers.refundsByDay(storeId, from, date), tradingDays).ifPresent(alerts::add);
        alerts.addAll(staffRefundRule.check(day, cashiers.refundsByStaff(storeId, from, date)));
        alerts.addAll(discountRule.check(day, activity));
        alerts.addAll(voidRule.check(day, activity));
        alerts.addAll(stockOutRule.check(day, tradingDays, stock.stock(storeId, store.timeZone(), from, date)));
        alerts.addAll(sensorRule.check(day, dayHours, traffic.sensors(storeId, date.minusDays(SENSOR_DAYS), date),
                traffic.intervals(storeId, date, date)));
        alerts.sort(Alert.ORDER);
        return List.copyOf(alerts);
    }
}
