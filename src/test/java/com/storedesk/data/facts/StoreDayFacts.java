package com.storedesk.data.facts;

import static com.storedesk.data.facts.FactsDatabase.NEW_YORK;
import static com.storedesk.data.facts.FactsDatabase.SOURCE;
import static com.storedesk.data.facts.FactsDatabase.USD;
import static com.storedesk.data.facts.FactsDatabase.at;
import static com.storedesk.data.facts.FactsDatabase.id;
import static com.storedesk.data.facts.FactsDatabase.movement;
import static com.storedesk.data.facts.FactsDatabase.product;
import static com.storedesk.data.facts.FactsDatabase.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.MovementType;
import com.storedesk.data.Database;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.SalesBySkuDay;
import com.storedesk.data.entity.SalesByStoreHour;
import com.storedesk.data.entity.StockLevel;
import com.storedesk.data.entity.Store;
import com.storedesk.data.entity.TrafficCount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Trading hours, door counts and stock facts, read back from rows written the way ingest writes them;
 * the H2 and PostgreSQL tests share it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreDayFacts {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);

    private Database db;
    private long storeId;
    private long teaId;
    private long cakeId;

    /** A fresh, empty database of the kind under test. */
    abstract Database openDatabase();

    @BeforeAll
    void seed() {
        db = openDatabase();
        db.writeVoid(session -> {
            Store store = store(session, "S1");
            Store other = store(session, "S2");
            Product tea = product(session, "TEA-1", "Tea");
            Product cake = product(session, "CAKE-1", "Cake");
            Product notStocked = product(session, "GONE-1", "Gone");
            // 23:00 in New York is already the next day in UTC: the local hour and date decide.
            hour(session, store, DAY, 9, 4, 2000, 0);
            hour(session, store, DAY, 23, 1, 500, 700);
            hour(session, store, DAY.minusDays(1), 10, 2, 900, 0);
            hour(session, other, DAY, 9, 50, 99999, 0);

            skuDay(session, store, tea, DAY.minusDays(2), 3, "3", 1500);
            skuDay(session, store, tea, DAY, 2, "2.5", 1250);
            skuDay(session, store, notStocked, DAY, 9, "9", 900);
            skuDay(session, other, cake, DAY, 7, "7", 700);
            level(session, store, tea, "0", at(DAY, 21, 0));
            level(session, store, cake, "12.5", null);
            level(session, other, tea, "40", at(DAY, 21, 0));
            movement(session, store, tea, at(DAY.minusDays(1), 7, 0), MovementType.RECEIPT, "24");
            movement(session, store, tea, at(DAY, 7, 0), MovementType.RECEIPT, "12");
            movement(session, store, tea, at(DAY, 9, 0), MovementType.TRANSFER, "-5");
            movement(session, store, tea, at(DAY, 8, 0), MovementType.COUNT, "-3");
            movement(session, store, tea, at(DAY.minusDays(1), 8, 0), MovementType.COUNT, "2");
            movement(session, store, cake, at(DAY.plusDays(1), 7, 0), MovementType.RECEIPT, "6");

            traffic(session, store, "door-1", at(DAY, 9, 0), DAY, 15, 12);
            traffic(session, store, "door-1", at(DAY, 9, 15), DAY, 15, 8);
            traffic(session, store, null, at(DAY, 9, 0), DAY, 60, 30);
            traffic(session, store, "door-2", at(DAY.minusDays(3), 10, 0), DAY.minusDays(3), 15, 5);
            traffic(session, other, "door-9", at(DAY, 9, 0), DAY, 15, 99);
            session.flush();
            storeId = store.getId();
            teaId = tea.getId();
            cakeId = cake.getId();
        });
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void tradingHoursAreStoreLocalHoursOfTheWindow() {
        assertThat(new TradingHoursRepository(db).hours(storeId, NEW_YORK, DAY, DAY)).containsExactly(
                new TradingHour(DAY, 9, 4, 2000),
                new TradingHour(DAY, 23, 1, -200));
        assertThat(new TradingHoursRepository(db).hours(storeId, NEW_YORK, DAY.minusDays(1), DAY)).hasSize(3);
    }

    @Test
    void trafficIntervalsAndSensorsOfTheWindow() {
        TrafficFactsRepository traffic = new TrafficFactsRepository(db);

        List<TrafficInterval> intervals = traffic.intervals(storeId, DAY, DAY);

        assertThat(intervals).extracting(TrafficInterval::sensorId).containsExactly(null, "door-1", "door-1");
        TrafficInterval hourly = intervals.get(0);
        assertThat(hourly.minutes()).isEqualTo(60);
        assertThat(hourly.covers(at(DAY, 9, 45))).isTrue();
        assertThat(hourly.covers(at(DAY, 10, 0))).isFalse();
        assertThat(traffic.sensors(storeId, DAY.minusDays(7), DAY)).containsExactly(
                new TrafficSensor(null, 1, at(DAY, 9, 0)),
                new TrafficSensor("door-1", 2, at(DAY, 9, 15)),
                new TrafficSensor("door-2", 1, at(DAY.minusDays(3), 10, 0)));
    }

    @Test
    void dailyNetIsEachLocalDaysRollupNetWithQuietDaysAtZero() {
        StoreDayReader reader = new StoreDayReader(db);

        assertThat(reader.dailyNet(storeId, DAY.minusDays(2), DAY)).containsExactly(
                java.util.Map.entry(DAY.minusDays(2), 0L),
                java.util.Map.entry(DAY.minusDays(1), 900L),
                java.util.Map.entry(DAY, 2000L + 500L - 700L));
        assertThat(reader.dailyNet(storeId, DAY, DAY).get(DAY)).as("the day's hours summed, as the tile does")
                .isEqualTo(reader.hours(storeId, DAY).stream().mapToLong(HourSales::netMinor).sum());
        assertThat(reader.voidedSales(storeId, DAY)).isZero();
    }

    @Test
    void stockFactsAreTheStockedProductsWithSalesCountsAndGoodsIn() {
        List<StockFacts> stock = new StockFactsRepository(db).stock(storeId, NEW_YORK, DAY.minusDays(1), DAY);

        assertThat(stock).extracting(StockFacts::sku).containsExactly("CAKE-1", "TEA-1");
        StockFacts cake = stock.get(0);
        assertThat(cake.productId()).isEqualTo(cakeId);
        assertThat(cake.onHand()).isEqualByComparingTo("12.5");
        assertThat(cake.countedAt()).isNull();
        assertThat(cake.lastIncomingAt()).as("after the window").isNull();
        assertThat(cake.lastCountAt()).isNull();
        assertThat(cake.sales()).isEmpty();
        StockFacts tea = stock.get(1);
        assertThat(tea.productId()).isEqualTo(teaId);
        assertThat(tea.name()).isEqualTo("Tea");
        assertThat(tea.onHand()).isEqualByComparingTo("0");
        assertThat(tea.countedAt()).isEqualTo(at(DAY, 21, 0));
        assertThat(tea.lastIncomingAt()).as("receipts only, not the transfer out").isEqualTo(at(DAY, 7, 0));
        assertThat(tea.lastCountAt()).isEqualTo(at(DAY, 8, 0));
        assertThat(tea.lastCountDelta()).isEqualByComparingTo("-3");
        assertThat(tea.sales()).containsExactly(new SkuDaySales(DAY, 2, new BigDecimal("2.500"), 1250));
    }

    private static void hour(Session session, Store store, LocalDate date, int hour, int transactions, long gross,
            long refunds) {
        Instant start = at(date, hour, 0);
        SalesByStoreHour row = new SalesByStoreHour(new SalesByStoreHour.Key(store.getId(), start), date, USD);
        row.addSales(transactions, BigDecimal.valueOf(transactions), gross, 0, 0);
        row.addRefunds(refunds);
        session.persist(row);
    }

    private static void skuDay(Session session, Store store, Product product, LocalDate date, int transactions,
            String units, long net) {
        SalesBySkuDay row = new SalesBySkuDay(new SalesBySkuDay.Key(store.getId(), product.getId(), date), USD);
        row.add(transactions, new BigDecimal(units), net, 0, 0);
        session.persist(row);
    }

    private static void level(Session session, Store store, Product product, String onHand, Instant countedAt) {
        StockLevel level = new StockLevel(SOURCE, id(), store, product, new BigDecimal(onHand));
        if (countedAt != null) {
            level.setCountedAt(countedAt);
        }
        session.persist(level);
    }

    private static void traffic(Session session, Store store, String sensor, Instant start, LocalDate date,
            int minutes, int visitorsIn) {
        session.persist(new TrafficCount(SOURCE, id(), store, sensor, start, date, minutes, visitorsIn, visitorsIn));
    }
}
