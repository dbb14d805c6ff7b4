package com.storedesk.cli;

import com.storedesk.app.ErrorText;
import com.storedesk.config.AppHome;
import com.storedesk.config.SettingsFile;
import com.storedesk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Turns a failed command into one clear, translated line and exit code 1; the stack trace goes to the log only. */
public final class CliErrorHandler implements IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CliErrorHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        // Option names, never their values: those may be a JDBC URL with a password, or a person's name.
        log.error("Command failed: {} {}", commandLine.getCommandSpec().qualifiedName(),
                parseResult.originalArgs().stream().filter(arg -> arg.startsWith("-"))
                        .map(arg -> arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg).toList(), e);
        Messages messages = new Messages(new SettingsFile(AppHome.resolve()).load().language());
        String message = ErrorText.describe(e, messages, AppHome.resolve());
        commandLine.getErr().println(commandLine.getColorScheme().errorText(message));
        commandLine.getErr().flush();
        return 1;
    }
}
