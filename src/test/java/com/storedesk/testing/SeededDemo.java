package com.storedesk.testing;

import com.storedesk.app.AppContext;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.ingest.sync.SyncTotals;
import com.storedesk.pos.demo.DemoAnomalies;
import com.storedesk.pos.demo.DemoAnomaly;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import java.util.List;

/**
 * The default demo chain (four stores) with {@value #DAYS} days of history, ingested through the
 * real path into an H2 file once per test run and shared by every test class that reads it. Read
 * only: a test that writes must seed its own. The clock is {@link TestInstallation#NOW}, so the
 * last history day is 22 Nov 2026.
 */
public final class SeededDemo {

    /** Six weeks: three before the earliest seeded anomaly, enough for weekday comparisons. */
    public static final int DAYS = 42;

    private static AppContext context;
    private static DemoOptions options;

    private SeededDemo() {
    }

    public static synchronized AppContext context() {
        if (context == null) {
            AppContext opened = TestInstallation.create().open(false);
            DemoOptions seeded = DemoOptions.defaults(opened.clock()).withDays(DAYS);
            try (DemoConnector demo = new DemoConnector(seeded, opened.clock())) {
                SyncTotals totals = new HistorySync(demo, opened.ingest(), opened.syncState())
                        .fromStart(SyncProgress.NONE, () -> false);
                if (totals.rejected() != 0) {
                    throw new IllegalStateException("The demo chain did not ingest cleanly: " + totals);
                }
            } catch (Exception e) {
                opened.close();
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "seeded-demo-close"));
            context = opened;
            options = seeded;
        }
        return context;
    }

    public static synchronized DemoOptions options() {
        context();
        return options;
    }

    /** The seeded anomalies with their dates: the ground truth docs/demo-data.md describes. */
    public static List<DemoAnomaly> anomalies() {
        return DemoAnomalies.of(options());
    }
}
