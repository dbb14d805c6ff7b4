package com.storedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk users …}: the accounts that may sign in. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "List the accounts that may sign in, or add one (an administrator's password required).",
        subcommands = {UsersListCommand.class, UsersAddCommand.class, UsersUnlockCommand.class})
public final class UsersCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'storedesk users list'.");
    }
}
