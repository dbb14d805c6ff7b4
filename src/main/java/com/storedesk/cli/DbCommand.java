package com.storedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk db …}: commands about the database itself. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Inspect the StoreDesk database.",
        subcommands = {DbInfoCommand.class})
public final class DbCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** {@code storedesk db} alone is a usage error (exit 2), not a silent success. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'storedesk db info'.");
    }
}
