package com.storedesk.cli;

import com.storedesk.actions.outbox.Outbox;
import com.storedesk.app.AppContext;
import com.storedesk.app.DemoFeed;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.StoreDataChanges;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.LiveSync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk demo run}: the demo chain's live stream into the database for a while. History
 * not yet in the database comes first, so live sales always have their stores and products.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Stream live demo sales, traffic and stock changes into the database, then stop.")
public final class DemoRunCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1",
            description = "Run N times faster: N times as many sales per minute (default: ${DEFAULT-VALUE}).")
    private double speed;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "10",
            description = "Stop after M minutes (default: ${DEFAULT-VALUE}).")
    private double minutes;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(minutes > 0) || !(speed > 0 && speed <= DemoOptions.MAX_SPEED)) {
            throw new ParameterException(spec.commandLine(),
                    "--minutes must be above 0 and --speed above 0 and at most " + DemoOptions.MAX_SPEED);
        }
        try (AppContext context = databaseOption.open()) {
            Messages messages = CommandOutput.messages(context);
            PrintWriter out = spec.commandLine().getOut();
            AtomicLong batches = new AtomicLong();
            try (DemoConnector demo =
                            DemoFeed.connector(context.syncState(), context.clock(), context.setup().demoSize(), speed,
                                    context.commandLedger());
                    StoreDataChanges.Subscription counting =
                            context.storeDataChanges().subscribe(change -> batches.incrementAndGet())) {
                out.println(messages.get("cli.demoRun.catchingUp"));
                out.flush();
                new HistorySync(demo, context.ingest(), context.syncState()).resume(SyncProgress.NONE, () -> false);
                batches.set(0);
                long salesBefore = context.databaseInspector().info().rows("sale");
                out.println(messages.get("cli.demoRun.running", minutes, speed));
                out.flush();
                try (LiveSync live = new LiveSync(demo, context.ingest(), context.syncState());
                        Outbox outbox = context.outboxFor(demo)) {
                    live.start();
                    outbox.start();
                    Thread.sleep(Duration.ofSeconds(Math.round(minutes * 60)).toMillis());
                }
                long salesAfter = context.databaseInspector().info().rows("sale");
                out.println(messages.get("cli.demoRun.done", salesAfter - salesBefore, batches.get()));
                out.flush();
            }
            return 0;
        }
    }
}
