package com.storedesk;

import com.storedesk.app.BuildInfo;
import com.storedesk.app.StartOptions;
import com.storedesk.cli.ApprovalsCommand;
import com.storedesk.cli.AskCommand;
import com.storedesk.cli.AuditCommand;
import com.storedesk.cli.BenchCommand;
import com.storedesk.cli.CliErrorHandler;
import com.storedesk.cli.DbCommand;
import com.storedesk.cli.DecodeCommand;
import com.storedesk.cli.DemoCommand;
import com.storedesk.cli.DistrictCommand;
import com.storedesk.cli.ImportCommand;
import com.storedesk.cli.KpiCommand;
import com.storedesk.cli.OffersCommand;
import com.storedesk.cli.PlanogramCommand;
import com.storedesk.cli.ReceiptSummaryCommand;
import com.storedesk.cli.StoresCommand;
import com.storedesk.cli.SyncCommand;
import com.storedesk.cli.UsersCommand;
import com.storedesk.cli.WebhooksCommand;
import com.storedesk.config.AppHome;
import com.storedesk.ui.StoreDeskGui;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point. With no subcommand it opens the window; with one it runs that CLI command on
 * the same services. It does not extend {@code Application}, so JavaFX runs from the class path.
 */
@Command(name = "storedesk",
        mixinStandardHelpOptions = true,
        versionProvider = StoreDesk.Version.class,
        description = "Desktop client for physical retail stores. Without a command, opens the window.",
        subcommands = {DbCommand.class, StoresCommand.class, KpiCommand.class, DistrictCommand.class, DemoCommand.class, BenchCommand.class,
            AuditCommand.class, UsersCommand.class, ApprovalsCommand.class, ImportCommand.class,
            WebhooksCommand.class, SyncCommand.class, AskCommand.class, OffersCommand.class,
            ReceiptSummaryCommand.class, DecodeCommand.class, PlanogramCommand.class})
public final class StoreDesk implements Callable<Integer> {

    @Option(names = "--kiosk", description = "Full screen with touch-sized controls, associate screens only.")
    private boolean kiosk;

    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file (without .mv.db) or a JDBC URL, instead of the configured one.")
    private String database;

    public static void main(String[] args) {
        configureLogFolder();
        System.exit(commandLine().execute(args));
    }

    /** The command line with StoreDesk's error handling; tests run commands through it too. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The command line with commands made by {@code factory} (tests give commands their collaborators). */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(new StoreDesk(), factory).setExecutionExceptionHandler(new CliErrorHandler());
    }

    @Override
    public Integer call() throws InterruptedException {
        return StoreDeskGui.run(new StartOptions(kiosk, Optional.ofNullable(database)));
    }

    /** Must run before the first logger is created: logback reads this property once. */
    private static void configureLogFolder() {
        if (System.getProperty("storedesk.logDir") == null) {
            System.setProperty("storedesk.logDir", AppHome.logFolder(AppHome.resolve()).toString());
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"StoreDesk " + BuildInfo.load().version()};
        }
    }
}
