package com.storedesk.pos.demo;

import com.storedesk.core.MovementType;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockMoved;
import com.storedesk.core.event.TrafficCounted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The demo chain as it goes on after the history, for live mode.
 *
 * <p>{@link #catchUp()} is today (and yesterday in a store still short of it) up to the origin,
 * made by the same generator as the history, so these events equal what a later history run
 * gives for those hours. From the origin on, {@link #between} produces a steady stream in every
 * store at any hour, so a demo looks alive at night too: {@value #SALES_PER_MINUTE} sales a minute
 * per store on average (times the speed option), rung up like history sales by whoever is on
 * duty; door counts each quarter hour that lead the sales of the next quarter; stock counts of
 * what moved each quarter hour, and a receipt an hour after an item falls to its reorder point;
 * shifts clocking in and out as planned. Live sale ids carry an "L" and never collide with
 * history ids.
 *
 * <p>Each minute of each store draws from its own random stream, so the events of a window are a
 * function of the seed, the options, the origin and the window alone: {@code between(a, c)}
 * equals {@code between(a, b)} followed by {@code between(b, c)}. Windows asked in order cost only
 * their own length; any other window replays from the origin first.
 */
public final class DemoLiveFeed {

    static final double SALES_PER_MINUTE = 2.0;
    static final Duration RECEIPT_LEAD = Duration.ofHours(1);
    private static final int QUARTER = Traffic.INTERVAL_MINUTES;
    private static final double LEAVE_NEXT_INTERVAL = 0.55;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final int CACHED_PLANS = 32;

    private final DemoChain chain;
    private final Instant origin;
    private final List<RetailEvent> catchUp;
    private final Set<String> caughtUpTraffic;
    private final LiveStock[] atOrigin;
    private final Map<String, ShiftPlan> plans = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ShiftPlan> eldest) {
            return size() > CACHED_PLANS;
        }
    };
    private final DemoChanges changes;
    private LiveStock[] stock;
    private Instant position;

    /** The default chain's live feed from {@code origin}. */
    public DemoLiveFeed(DemoOptions options, Instant origin) {
        this(new DemoChain(options), origin, new DemoChanges());
    }

    DemoLiveFeed(DemoChain chain, Instant origin) {
        this(chain, origin, new DemoChanges());
    }

    /** A feed whose stores carry the changes approved actions made ({@code changes} may grow while it runs). */
    DemoLiveFeed(DemoChain chain, Instant origin, DemoChanges changes) {
        this.chain = chain;
        this.changes = changes;
        this.origin = Objects.requireNonNull(origin, "origin");
        ChainHistory history = new ChainHistory(chain);
        DayEvents events = new DayEvents();
        atOrigin = new LiveStock[chain.stores().size()];
        LocalDate afterHistory = chain.options().lastHistoryDay().plusDays(1);
        for (DemoStore store : chain.stores()) {
            LocalDate today = LocalDate.ofInstant(origin, store.zone());
            LocalDate from = today.minusDays(1).isAfter(afterHistory) ? today.minusDays(1) : afterHistory;
            StoreState state = history.stateAt(store, from);
            for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
                history.storeDayUntil(store, day, day.equals(today) ? origin : null, events);
                state = history.stateAt(store, day.plusDays(1));
            }
            long[] levels = new long[chain.catalog().size()];
            for (int p = 0; p < levels.length; p++) {
                levels[p] = state.onHand(p);
            }
            atOrigin[store.index()] = new LiveStock(store.index(), changes, levels);
        }
        catchUp = events.inOrder();
        caughtUpTraffic = catchUp.stream().filter(TrafficCounted.class::isInstance).map(RetailEvent::externalId)
                .collect(Collectors.toUnmodifiableSet());
        reset();
    }

    public Instant origin() {
        return origin;
    }

    /** Today's events up to the origin: what the stores did between opening and now. */
    public List<RetailEvent> catchUp() {
        return catchUp;
    }

    /** The events that happen at or after {@code from} and before {@code to}, both at or after the origin. */
    public synchronized List<RetailEvent> between(Instant from, Instant to) {
        if (from.isBefore(origin) || to.isBefore(from)) {
            throw new IllegalArgumentException("Window " + from + ".." + to + " is not after the origin " + origin);
        }
        if (from.isBefore(position)) {
            reset();
        }
        if (from.isAfter(position)) {
            run(position, from, null);
        }
        DayEvents events = new DayEvents();
        run(from, to, events);
        position = to;
        return events.inOrder();
    }

    private void reset() {
        stock = new LiveStock[atOrigin.length];
        for (int i = 0; i < atOrigin.length; i++) {
            stock[i] = atOrigin[i].copy();
        }
        position = origin;
    }

    private void run(Instant from, Instant to, DayEvents events) {
        for (DemoStore store : chain.stores()) {
            LiveStock shelf = stock[store.index()];
            bookChanges(store, shelf, from, to, events);
            long firstMinute = Math.floorDiv(from.getEpochSecond(), 60);
            long endMinute = Math.floorDiv(to.getEpochSecond(), 60) + 1;
            for (long minute = firstMinute; minute < endMinute; minute++) {
                Instant start = Instant.ofEpochSecond(minute * 60);
                if (minute % QUARTER == 0 && within(start, from, to)) {
                    quarterHour(store, shelf, start, events);
                }
                sales(store, shelf, minute, from, to, events);
            }
            for (Iterator<LiveStock.PendingVoid> it = shelf.voids.iterator(); it.hasNext(); ) {
                LiveStock.PendingVoid pending = it.next();
                if (pending.at().isBefore(to)) {
                    if (events != null && !pending.at().isBefore(from)) {
                        events.add(pending.at(), store.index(), pending.version());
                    }
                    it.remove();
                }
            }
            if (events != null) {
                shifts(store, from, to, events);
            }
        }
    }

    /**
     * Books the stock changes of approved actions due before {@code to} that this shelf has not
     * booked yet, each as a movement at its own time (one made before the origin at the window's start).
     */
    private void bookChanges(DemoStore store, LiveStock shelf, Instant from, Instant to, DayEvents events) {
        List<DemoChanges.StockChange> due = changes.stock();
        for (int i = 0; i < due.size(); i++) {
            DemoChanges.StockChange change = due.get(i);
            Instant at = Instant.ofEpochSecond(change.at());
            if (change.store() != store.index() || shelf.changesBooked.get(i) || !at.isBefore(to)) {
                continue;
            }
            shelf.changesBooked.set(i);
            shelf.level[change.product()] = Math.max(0, shelf.level[change.product()] + change.deltaMilli());
            shelf.moved.set(change.product());
            if (events != null) {
                DemoProduct product = chain.catalog().product(change.product());
                Instant when = at.isBefore(from) ? from : at;
                events.add(when, store.index(), new StockMoved(DemoChain.SOURCE, change.id(), store.externalId(),
                        product.externalId(), null, when, change.type(), DemoProduct.quantity(change.deltaMilli()),
                        change.reference()));
            }
        }
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    private SplittableRandom minuteRandom(DemoStore store, long minute) {
        return Seeds.random(chain.options().seed(), Seeds.LIVE_SALES, store.index(), minute);
    }

    /** The first draw of a minute's stream is how many sales it brings, so counting is cheap. */
    private int salesIn(SplittableRandom minuteRandom) {
        return Draws.poisson(minuteRandom, SALES_PER_MINUTE * chain.options().speed());
    }

    private void sales(DemoStore store, LiveStock shelf, long minute, Instant from, Instant to, DayEvents events) {
        SplittableRandom random = minuteRandom(store, minute);
        int count = salesIn(random);
        int[] seconds = new int[count];
        for (int k = 0; k < count; k++) {
            seconds[k] = random.nextInt(60);
        }
        Arrays.sort(seconds);
        for (int k = 0; k < count; k++) {
            Instant at = Instant.ofEpochSecond(minute * 60 + seconds[k]);
            if (within(at, from, to)) {
                sale(store, shelf, minute, k + 1, at, events);
            }
        }
    }

    private void sale(DemoStore store, LiveStock shelf, long minute, int number, Instant at, DayEvents events) {
        ZonedDateTime local = at.atZone(store.zone());
        LocalDate date = local.toLocalDate();
        String id = "sale-" + store.code() + "-L" + MINUTE.format(local.withSecond(0)) + "-"
                + String.format("%02d", number);
        SplittableRandom random = Seeds.random(chain.options().seed(), Seeds.LIVE_SALES, store.index(), minute, number);
        Checkout checkout = plan(store, date).checkoutAt(at, random, chain.staff(), store);
        MadeSale sale = chain.saleMaker().make(new SaleMaker.Request(id, store, at, local.getHour(),
                chain.calendar().promotionsOn(date), checkout, false, shelf, true, random));
        if (sale == null) {
            return;
        }
        for (SaleRecorded version : sale.versions()) {
            if (version.updatedAt().equals(at)) {
                if (events != null) {
                    events.add(at, store.index(), version);
                }
            } else {
                shelf.voids.add(new LiveStock.PendingVoid(version.updatedAt(), version));
            }
        }
    }

    /** At the end of a quarter hour: its door count, counts of what moved, receipts due, new orders. */
    private void quarterHour(DemoStore store, LiveStock shelf, Instant end, DayEvents events) {
        Instant start = end.minus(Duration.ofMinutes(QUARTER));
        long quarter = Math.floorDiv(start.getEpochSecond(), QUARTER * 60L);
        if (events != null) {
            String trafficId = StoreDay.trafficId(store, start.atZone(store.zone()));
            // A quarter hour ending right at the origin may be in the catch-up already.
            if (!end.equals(origin) || !caughtUpTraffic.contains(trafficId)) {
                events.add(end, store.index(), new TrafficCounted(DemoChain.SOURCE, trafficId, store.externalId(),
                        "door-" + store.code(), start, QUARTER, visitorsIn(store, quarter), visitorsOut(store, quarter)));
            }
            for (int p = shelf.moved.nextSetBit(0); p >= 0; p = shelf.moved.nextSetBit(p + 1)) {
                events.add(end, store.index(), StockRoom.stockCount(store, chain.catalog().product(p), shelf.level[p], end));
            }
        }
        shelf.moved.clear();
        StockPolicy policy = chain.stockPolicy();
        for (DemoProduct product : chain.catalog().products()) {
            int p = product.index();
            if (shelf.receiptDue[p] == end.getEpochSecond()) {
                shelf.level[p] += shelf.receiptQuantity[p];
                shelf.moved.set(p);
                if (events != null) {
                    String reference = "PO-" + store.code() + "-L" + MINUTE.format(end.atZone(store.zone()));
                    events.add(end, store.index(), new StockMoved(DemoChain.SOURCE,
                            "move-" + store.code() + "-L" + quarter + "-" + product.sku(), store.externalId(),
                            product.externalId(), null, end, MovementType.RECEIPT,
                            DemoProduct.quantity(shelf.receiptQuantity[p]), reference));
                }
                shelf.receiptDue[p] = LiveStock.NONE;
            }
            if (shelf.receiptDue[p] == LiveStock.NONE && shelf.level[p] <= policy.reorderPoint(store.index(), p)) {
                shelf.receiptDue[p] = end.plus(RECEIPT_LEAD).getEpochSecond();
                shelf.receiptQuantity[p] = policy.orderQuantity(p, policy.par(store.index(), p) - shelf.level[p]);
            }
        }
    }

    /** Everyone who will buy in the next quarter hour, plus those who look and leave. */
    private int visitorsIn(DemoStore store, long quarter) {
        int buyers = 0;
        for (long minute = (quarter + 1) * QUARTER; minute < (quarter + 2) * QUARTER; minute++) {
            buyers += salesIn(minuteRandom(store, minute));
        }
        double conversion = store.profile().conversion();
        SplittableRandom random = Seeds.random(chain.options().seed(), Seeds.LIVE_TRAFFIC, store.index(), quarter);
        return buyers + Draws.poisson(random, buyers * (1 - conversion) / conversion);
    }

    /** Visitors leave one or two quarter hours after they came. */
    private int visitorsOut(DemoStore store, long quarter) {
        return (int) Math.round(LEAVE_NEXT_INTERVAL * visitorsIn(store, quarter - 1)
                + (1 - LEAVE_NEXT_INTERVAL) * visitorsIn(store, quarter - 2));
    }

    /** Schedules appear at the day's start (store time); clock-ins and clock-outs when they happen. */
    private void shifts(DemoStore store, Instant from, Instant to, DayEvents events) {
        LocalDate first = LocalDate.ofInstant(from, store.zone());
        LocalDate last = LocalDate.ofInstant(to, store.zone());
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Instant midnight = date.atStartOfDay(store.zone()).toInstant();
            for (PlannedShift shift : plan(store, date).shifts()) {
                if (shift.scheduledStart() != null && within(midnight, from, to)) {
                    events.add(midnight, store.index(), shift.asOf(midnight, store.externalId()));
                }
                if (shift.clockIn() != null && within(shift.clockIn(), from, to)) {
                    events.add(shift.clockIn(), store.index(), shift.asOf(shift.clockIn(), store.externalId()));
                }
                if (shift.clockOut() != null && within(shift.clockOut(), from, to)) {
                    events.add(shift.clockOut(), store.index(), shift.asOf(shift.clockOut(), store.externalId()));
                }
            }
        }
    }

    private ShiftPlan plan(DemoStore store, LocalDate date) {
        return plans.computeIfAbsent(store.code() + date, key -> chain.shifts(store, date));
    }
}
