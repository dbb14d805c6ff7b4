package com.storedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk audit …}: check, list and export the audit trail. None of them changes it. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check, list and export the audit trail (read only).",
        subcommands = {AuditVerifyCommand.class, AuditListCommand.class, AuditExportCommand.class})
public final class AuditCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** {@code storedesk audit} alone is a usage error (exit 2), not a silent success. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'storedesk audit verify'.");
    }
}
