package com.storedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk demo …}: the built-in demo chain. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate the demo chain's history, or run its live stream.",
        subcommands = {DemoSeedCommand.class, DemoRunCommand.class})
public final class DemoCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** {@code storedesk demo} alone is a usage error (exit 2), not a silent success. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'storedesk demo seed'.");
    }
}
