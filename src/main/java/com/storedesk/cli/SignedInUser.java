package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.app.SignInText;
import com.storedesk.i18n.Messages;
import com.storedesk.security.SecretKind;
import com.storedesk.security.SignInResult;
import com.storedesk.security.UserSession;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command that changes something does first: sign {@code --user} in with their password
 * (from {@value #PASSWORD_ENV}, or asked on the console), saying why on standard error when it cannot.
 */
final class SignedInUser {

    static final String PASSWORD_ENV = "STOREDESK_PASSWORD";

    private SignedInUser() {
    }

    /** The session the change is made as; empty after the refusal has been printed. */
    static Optional<UserSession> signIn(AppContext context, String username, Secrets secrets, CommandSpec spec) {
        Messages messages = CommandOutput.messages(context);
        Optional<String> password = ask(secrets, PASSWORD_ENV, messages.get("users.cli.passwordPrompt", username),
                messages, spec);
        if (password.isEmpty()) {
            return Optional.empty();
        }
        SignInResult result = context.signIn().signIn(username, password.get());
        if (result instanceof SignInResult.SignedIn signedIn) {
            return Optional.of(signedIn.session());
        }
        fail(spec, SignInText.refusal(result, SecretKind.PASSWORD, messages, ZoneId.systemDefault()));
        return Optional.empty();
    }

    /** A secret from {@code variable} or the console; empty after saying which variable to set. */
    static Optional<String> ask(Secrets secrets, String variable, String prompt, Messages messages, CommandSpec spec) {
        Optional<String> secret = secrets.ask(variable, prompt);
        if (secret.isEmpty()) {
            fail(spec, messages.get("users.cli.noConsole", prompt.strip(), variable));
        }
        return secret;
    }

    /** One translated line on standard error; returns the exit code 1. */
    static int fail(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.commandLine().getColorScheme().errorText(message));
        err.flush();
        return 1;
    }
}
