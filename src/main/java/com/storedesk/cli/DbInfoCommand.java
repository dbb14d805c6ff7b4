package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.data.DatabaseInfo;
import com.storedesk.data.TableRowCount;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storedesk db info}: where the database is, its schema version and how many rows each table holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the database location, schema version and row counts. Creates the database if it is new.")
public final class DbInfoCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            DatabaseInfo info = context.databaseInspector().info();
            CommandOutput.print(spec, context, json, mapper -> toJson(info, mapper),
                    (messages, out) -> printText(info, messages, out));
            return 0;
        }
    }

    private static String toJson(DatabaseInfo info, ObjectMapper mapper) throws Exception {
        ObjectNode root = mapper.createObjectNode();
        root.put("location", info.location());
        root.put("schemaVersion", info.schemaVersion());
        ObjectNode tables = root.putObject("tables");
        info.tables().forEach(t -> tables.put(t.table(), t.rows()));
        return mapper.writeValueAsString(root);
    }

    private static void printText(DatabaseInfo info, Messages messages, PrintWriter out) {
        out.println(messages.get("cli.dbInfo.location", info.location()));
        out.println(messages.get("cli.dbInfo.schemaVersion", info.schemaVersion()));
        out.println(messages.get("cli.dbInfo.tables"));
        int width = info.tables().stream().mapToInt(t -> t.table().length()).max().orElse(0);
        for (TableRowCount table : info.tables()) {
            out.printf("  %-" + width + "s  %,d%n", table.table(), table.rows());
        }
    }
}
