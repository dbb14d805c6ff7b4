package com.storedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk planogram …}: planogram files and compliance checks. */
@Command(name = "planogram", mixinStandardHelpOptions = true,
        description = "Check a fixture's scans against its planogram.",
        subcommands = {PlanogramCheckCommand.class})
public final class PlanogramCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'storedesk planogram check'.");
    }
}
