package com.storedesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A {@code --date YYYY-MM-DD} argument: ISO on the command line whatever the user's language, so scripts agree. */
final class DateArgument {

    private DateArgument() {
    }

    /** The date, or null when the option was not given; anything else is a usage error (exit 2). */
    static LocalDate parse(CommandSpec spec, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD, not " + value);
        }
    }
}
