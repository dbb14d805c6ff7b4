package com.storedesk.data.facts;

import com.storedesk.data.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Door counts of one store, read by the (store, business date, interval start) index. */
public final class TrafficFactsRepository {

    private static final String INTERVALS = """
            SELECT t.business_date, t.sensor_id, t.interval_start, t.interval_minutes, t.visitors_in, t.visitors_out
            FROM traffic_count t
            WHERE t.store_id = ? AND t.business_date BETWEEN ? AND ?
            ORDER BY t.interval_start""";

    private static final String SENSORS = """
            SELECT t.sensor_id, COUNT(*), MAX(t.interval_start)
            FROM traffic_count t
            WHERE t.store_id = ? AND t.business_date BETWEEN ? AND ?
            GROUP BY t.sensor_id""";

    private final StoreWindowQuery query;

    public TrafficFactsRepository(Database database) {
        this.query = new StoreWindowQuery(database);
    }

    // Sorted here rather than in SQL: H2 and PostgreSQL put a null sensor id at opposite ends.
    private static final Comparator<String> SENSOR_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Every count of {@code from..to} (both included), in time order, then by sensor (no sensor id first). */
    public List<TrafficInterval> intervals(long storeId, LocalDate from, LocalDate to) {
        StoreWindowQuery.requireWindow(from, to);
        List<TrafficInterval> intervals = new ArrayList<>(query.withConnection(connection -> StoreWindowQuery.list(
                connection, INTERVALS, storeId, from, to, row -> new TrafficInterval(StoreWindowQuery.date(row, 1),
                        row.getString(2), StoreWindowQuery.instant(row, 3), row.getInt(4), row.getInt(5),
                        row.getInt(6)))));
        intervals.sort(Comparator.comparing(TrafficInterval::start)
                .thenComparing(TrafficInterval::sensorId, SENSOR_ORDER));
        return intervals;
    }

    /**
     * The counters that reported in {@code from..to}, by sensor id (no sensor id first): which sensors a
     * store has, without reading each count.
     */
    public List<TrafficSensor> sensors(long storeId, LocalDate from, LocalDate to) {
        StoreWindowQuery.requireWindow(from, to);
        List<TrafficSensor> sensors = new ArrayList<>(query.withConnection(connection -> StoreWindowQuery.list(
                connection, SENSORS, storeId, from, to,
                row -> new TrafficSensor(row.getString(1), row.getInt(2), StoreWindowQuery.instant(row, 3)))));
        sensors.sort(Comparator.comparing(TrafficSensor::sensorId, SENSOR_ORDER));
        return sensors;
    }
}
