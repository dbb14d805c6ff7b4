package com.storedesk.cli;

import picocli.CommandLine.Command;

/** {@code storedesk db …}: commands about the database itself. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Inspect the StoreDesk database.",
        subcommands = {DbInfoCommand.class})
public final class DbCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'storedesk db info'.");
    }
}
