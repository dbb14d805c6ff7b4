package com.storedesk.app;

import com.storedesk.data.SyncStateRepository;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo chain as a database's feed. Which chain a database holds (its seed and number of
 * stores) is saved beside the demo's sync cursors, so every later start, {@code demo run}
 * included, goes on with the same chain instead of mixing in another one's stores and customers.
 * The history always reaches yesterday: days missed while StoreDesk was closed are filled in.
 */
public final class DemoFeed {

    /** The sync-state stream under which the chain's options are saved. */
    static final String CHAIN_STREAM = "chain";

    private DemoFeed() {
    }

    /** The chain this database holds; a database without one adopts the default chain of {@code size}. */
    public static DemoOptions options(SyncStateRepository syncState, Clock clock, DemoSize size) {
        DemoOptions defaults = DemoOptions.defaults(clock).withStores(size.stores()).withDays(size.days());
        Optional<DemoOptions> saved = syncState.cursor(DemoConnector.SOURCE, CHAIN_STREAM)
                .flatMap(text -> parse(text, defaults));
        if (saved.isPresent()) {
            return saved.get();
        }
        remember(syncState, defaults);
        return defaults;
    }

    /**
     * A connector for the chain this database holds, live mode at {@code speed}, with the actions
     * applied to it before (kept in {@code ledger}).
     */
    public static DemoConnector connector(SyncStateRepository syncState, Clock clock, DemoSize size, double speed,
            CommandLedger ledger) {
        return new DemoConnector(options(syncState, clock, size).withSpeed(speed), clock, ledger);
    }

    /** Records which chain this database now holds. */
    public static void remember(SyncStateRepository syncState, DemoOptions options) {
        syncState.recordSuccess(DemoConnector.SOURCE, CHAIN_STREAM,
                String.format(Locale.ROOT, "seed=%d;stores=%d", options.seed(), options.stores()));
    }

    private static Optional<DemoOptions> parse(String saved, DemoOptions defaults) {
        try {
            Map<String, String> values = Stream.of(saved.split(";"))
                    .map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
            return Optional.of(defaults.withSeed(Long.parseLong(values.get("seed")))
                    .withStores(Integer.parseInt(values.get("stores"))));
        } catch (RuntimeException e) {
            // Written by a newer or broken StoreDesk: the default chain is the safest reading.
            return Optional.empty();
        }
    }
}
