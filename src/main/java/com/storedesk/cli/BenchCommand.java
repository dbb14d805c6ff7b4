package com.storedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk bench …}: measurements of StoreDesk's own machinery. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure how fast StoreDesk does its work on this computer.",
        subcommands = {BenchIngestCommand.class, BenchForecastCommand.class, BenchDashboardCommand.class,
                BenchKnowledgeCommand.class, BenchOffersCommand.class, BenchDecodeCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** {@code storedesk bench} alone is a usage error (exit 2), not a silent success. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: try 'storedesk bench ingest', 'bench forecast', 'bench dashboard',"
                        + " 'bench knowledge', 'bench offers' or 'bench decode'.");
    }
}
