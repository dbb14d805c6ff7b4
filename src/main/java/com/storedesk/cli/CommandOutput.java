package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.storedesk.app.AppContext;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** How commands print: indented JSON for scripts, or text in the user's language for people. */
final class CommandOutput {

    private CommandOutput() {
    }

    @FunctionalInterface
    interface Json {
        String render(ObjectMapper mapper) throws Exception;
    }

    @FunctionalInterface
    interface Text {
        void print(Messages messages, PrintWriter out);
    }

    /** The language the user chose in settings. */
    static Messages messages(AppContext context) {
        return new Messages(context.setup().settings().current().language());
    }

    static void print(CommandSpec spec, AppContext context, boolean json, Json asJson, Text asText) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(asJson.render(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)));
        } else {
            asText.print(messages(context), out);
        }
        out.flush();
    }
}
