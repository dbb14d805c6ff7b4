package com.storedesk.pos.demo;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.HistoryPage;
import com.storedesk.pos.LiveSubscription;
import com.storedesk.pos.PosConnector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The built-in demo chain as a POS platform: nothing to configure, nothing to reach, the same
 * events for the same options.
 *
 * <p>History: the first page ({@code cursor} null) holds the reference data (stores with their
 * registers, staff, products, loyalty members, each store's stock as the first day begins);
 * then one page per store-local day, all stores together, in date order. The cursor is the ISO
 * date of the next day to deliver, so a cursor kept from an earlier run continues from that day
 * up to the current last history day.
 *
 * <p>Live: see {@link DemoLiveFeed}.
 *
 * <p>Actions: {@link #execute} applies approved changes for real, so later live sales use a new
 * price or clearance discount and stock moves; applied keys and their effects are kept in the
 * {@link CommandLedger}, so a key applies once, across restarts too.
 */
public final class DemoConnector implements PosConnector {

    public static final String SOURCE = DemoChain.SOURCE;
    static final Duration LIVE_TICK = Duration.ofSeconds(1);

    private final DemoOptions options;
    private final Clock clock;
    private final DemoChain chain;
    private final ChainHistory history;
    private final List<DemoLiveSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final CommandLedger ledger;
    private final DemoChanges changes = new DemoChanges();
    private final DemoCommands commands;
    private LocalDate runStart;

    /** A connector whose executed actions last as long as it does: seeding, benchmarks, tests. */
    public DemoConnector(DemoOptions options, Clock clock) {
        this(options, clock, CommandLedger.inMemory());
    }

    /** A connector that finds the actions applied before in {@code ledger} and applies them again. */
    public DemoConnector(DemoOptions options, Clock clock, CommandLedger ledger) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.chain = new DemoChain(options);
        this.history = new ChainHistory(chain);
        this.commands = new DemoCommands(chain);
        ledger.entries(SOURCE).forEach(changes::apply);
    }

    /** The default chain: history up to yesterday, live from now. */
    public static DemoConnector withDefaults(Clock clock) {
        return new DemoConnector(DemoOptions.defaults(clock), clock);
    }

    public DemoOptions options() {
        return options;
    }

    /** The seeded anomalies, with the ground truth of where and when they show. */
    public List<DemoAnomaly> anomalies() {
        return chain.anomalies();
    }

    @Override
    public String source() {
        return SOURCE;
    }

    /**
     * @throws IllegalArgumentException for a cursor this connector did not hand out
     */
    @Override
    public synchronized HistoryPage pullHistory(String cursor) {
        LocalDate last = options.lastHistoryDay();
        if (cursor == null) {
            runStart = options.firstHistoryDay();
            return new HistoryPage(history.referenceEvents(runStart), runStart.toString(), 0.0);
        }
        LocalDate day = parse(cursor);
        if (day.isAfter(last)) {
            return new HistoryPage(List.of(), null, 1.0);
        }
        if (runStart == null || day.isBefore(runStart)) {
            runStart = day;
        }
        List<RetailEvent> events = history.day(day);
        LocalDate next = day.plusDays(1);
        double progress = (double) ChronoUnit.DAYS.between(runStart, next)
                / ChronoUnit.DAYS.between(runStart, last.plusDays(1));
        return new HistoryPage(events, next.isAfter(last) ? null : next.toString(), progress);
    }

    private static LocalDate parse(String cursor) {
        try {
            return LocalDate.parse(cursor);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a demo history cursor: " + cursor, e);
        }
    }

    /**
     * Starts the "demo-live" thread: today's events so far first, then new events about every
     * second until the subscription is closed.
     */
    @Override
    public LiveSubscription subscribeLive(Consumer<List<RetailEvent>> sink) {
        Objects.requireNonNull(sink, "sink");
        DemoLiveSubscription subscription = new DemoLiveSubscription(
                () -> new DemoLiveFeed(chain, clock.instant(), changes), clock, sink, LIVE_TICK, subscriptions::remove);
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    /** Applies the command once per idempotency key; what the demo chain lacks is refused. */
    @Override
    public synchronized ExecutionResult execute(ActionCommand command) {
        Instant now = clock.instant();
        String entry;
        try {
            entry = DemoChanges.entry(commands.effects(command, now));
        } catch (IllegalArgumentException e) {
            return ExecutionResult.refused(e.getMessage());
        }
        if (!ledger.record(SOURCE, command.idempotencyKey(), entry, now)) {
            return ExecutionResult.alreadyApplied();
        }
        changes.apply(entry);
        return ExecutionResult.applied();
    }

    /** The price a live sale at {@code at} charges for one unit of {@code sku} in the store. */
    public long livePriceMinor(String storeExternalId, String sku, Instant at) {
        DemoStore store = chain.stores().stream().filter(s -> s.externalId().equals(storeExternalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo store " + storeExternalId));
        return changes.price(store.index(), chain.catalog().bySku(sku), at);
    }

    @Override
    public void close() {
        for (DemoLiveSubscription subscription : subscriptions) {
            subscription.close();
        }
    }
}
