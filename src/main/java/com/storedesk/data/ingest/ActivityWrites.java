package com.storedesk.data.ingest;

import com.storedesk.core.event.ShiftClocked;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.TrafficCounted;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What happens in a store besides sales: stock movements, door counts and shifts. Each is upserted
 * by (source, external id); a shift in particular arrives again as it fills in (scheduled, clocked
 * in, clocked out).
 */
public final class ActivityWrites {

    private static final SourcedRows MOVEMENTS = new SourcedRows("stock_movement", false, List.of(
            Column.longs("store_id"), Column.longs("product_id"), Column.longs("employee_id"),
            Column.instant("occurred_at"), Column.date("business_date"), Column.text("movement_type"),
            Column.decimal("quantity_delta"), Column.text("reference")));
    private static final SourcedRows TRAFFIC = new SourcedRows("traffic_count", false, List.of(
            Column.longs("store_id"), Column.text("sensor_id"), Column.instant("interval_start"),
            Column.date("business_date"), Column.ints("interval_minutes"), Column.ints("visitors_in"),
            Column.ints("visitors_out")));
    private static final SourcedRows SHIFTS = new SourcedRows("shift", true, List.of(
            Column.longs("store_id"), Column.longs("employee_id"), Column.date("business_date"),
            Column.instant("scheduled_start"), Column.instant("scheduled_end"), Column.instant("clock_in"),
            Column.instant("clock_out"), Column.text("shift_role")));

    private final IngestTransaction transaction;

    ActivityWrites(IngestTransaction transaction) {
        this.transaction = transaction;
    }

    /** @param movements distinct, references known to {@link IngestTransaction#references()} */
    public List<RowOutcome> upsertMovements(List<StockMoved> movements) throws SQLException {
        References references = transaction.references();
        List<SourceKey> keys = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (StockMoved movement : movements) {
            String source = movement.source();
            StoreRef store = references.store(new SourceKey(source, movement.storeExternalId()));
            keys.add(new SourceKey(source, movement.externalId()));
            values.add(new Object[] {store.id(), references.product(new SourceKey(source, movement.productExternalId())),
                    movement.employeeExternalId() == null ? null
                            : references.employee(new SourceKey(source, movement.employeeExternalId())),
                    movement.occurredAt(), LocalDate.ofInstant(movement.occurredAt(), store.zone()),
                    movement.type().name(), movement.quantityDelta(), movement.reference()});
        }
        return outcomes(MOVEMENTS.upsert(transaction, keys, values), values);
    }

    /** @param counts distinct, stores known to {@link IngestTransaction#references()} */
    public List<RowOutcome> upsertTraffic(List<TrafficCounted> counts) throws SQLException {
        References references = transaction.references();
        List<SourceKey> keys = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (TrafficCounted count : counts) {
            StoreRef store = references.store(new SourceKey(count.source(), count.storeExternalId()));
            keys.add(new SourceKey(count.source(), count.externalId()));
            values.add(new Object[] {store.id(), count.sensorId(), count.intervalStart(),
                    LocalDate.ofInstant(count.intervalStart(), store.zone()), count.intervalMinutes(),
                    count.visitorsIn(), count.visitorsOut()});
        }
        return outcomes(TRAFFIC.upsert(transaction, keys, values), values);
    }

    /**
     * @param shifts distinct, each with a scheduled start or a clock-in, references known to
     *     {@link IngestTransaction#references()}
     */
    public List<RowOutcome> upsertShifts(List<ShiftClocked> shifts) throws SQLException {
        References references = transaction.references();
        List<SourceKey> keys = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (ShiftClocked shift : shifts) {
            StoreRef store = references.store(new SourceKey(shift.source(), shift.storeExternalId()));
            Instant day = shift.scheduledStart() != null ? shift.scheduledStart() : shift.clockIn();
            keys.add(new SourceKey(shift.source(), shift.externalId()));
            values.add(new Object[] {store.id(),
                    references.employee(new SourceKey(shift.source(), shift.employeeExternalId())),
                    LocalDate.ofInstant(day, store.zone()), shift.scheduledStart(), shift.scheduledEnd(),
                    shift.clockIn(), shift.clockOut(), shift.role()});
        }
        return outcomes(SHIFTS.upsert(transaction, keys, values), values);
    }

    /**
     * Every row written marks its store (and, if it moved, its old store) changed; store_id is the
     * first column of each of these tables.
     */
    private List<RowOutcome> outcomes(SourcedRows.Result result, List<Object[]> values) {
        for (int i = 0; i < result.outcomes().length; i++) {
            if (result.outcomes()[i] == RowOutcome.UNCHANGED) {
                continue;
            }
            transaction.changed((Long) values.get(i)[0]);
            if (result.previous()[i] != null) {
                transaction.changed((Long) result.previous()[i][0]);
            }
        }
        return Arrays.asList(result.outcomes());
    }
}
