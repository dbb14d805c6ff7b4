package com.storedesk.cli;

import java.io.Console;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a command gets a password: an environment variable for scripts, else the console without
 * echo. Never a command-line argument, which other users of the machine can read.
 */
@FunctionalInterface
interface Secrets {

    /** The secret, or empty when there is neither the variable nor a console to ask on. */
    Optional<String> ask(String environmentVariable, String prompt);

    static Secrets fromEnvironmentOrConsole() {
        return from(System::getenv, System.console());
    }

    static Secrets from(Function<String, String> environment, Console console) {
        return (variable, prompt) -> {
            String value = environment.apply(variable);
            if (value != null) {
                return Optional.of(value);
            }
            if (console == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(console.readPassword("%s", prompt)).map(String::new);
        };
    }
}
