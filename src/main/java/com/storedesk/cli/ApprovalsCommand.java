package com.storedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk approvals …}: proposed actions, and deciding them from a script. */
@Command(name = "approvals", mixinStandardHelpOptions = true,
        description = "List proposed actions, approve or reject them, send a failed one again, or say whether "
                + "hand work was done at the POS (deciding needs --user and that user's password).",
        subcommands = {ApprovalsListCommand.class, ApprovalsApproveCommand.class, ApprovalsRejectCommand.class,
            ApprovalsRetryCommand.class, ApprovalsDoneCommand.class, ApprovalsNotDoneCommand.class})
public final class ApprovalsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'storedesk approvals list'.");
    }
}
