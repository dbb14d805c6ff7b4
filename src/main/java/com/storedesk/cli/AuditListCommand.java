package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditTexts;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk audit list}: the newest audit entries, as a table or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the newest audit entries first.")
public final class AuditListCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Mixin
    private AuditFilterOptions filterOptions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N entries (default: 50).")
    private int limit;

    @Option(names = "--json", description = "Print JSON instead of text; times in UTC.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        try (AppContext context = databaseOption.open()) {
            List<AuditEntry> entries = context.auditQuery().newest(filterOptions.filter(context, spec), 0, limit);
            ZoneId zone = context.clock().getZone();
            CommandOutput.print(spec, context, json, mapper -> toJson(entries, mapper),
                    (messages, out) -> printText(entries, zone, messages, out));
            return 0;
        }
    }

    private static String toJson(List<AuditEntry> entries, ObjectMapper mapper) throws Exception {
        ArrayNode root = mapper.createArrayNode();
        for (AuditEntry entry : entries) {
            ObjectNode node = root.addObject();
            node.put("sequence", entry.sequence());
            node.put("occurredAt", entry.occurredAt().toString());
            node.put("actor", entry.actor());
            node.put("action", entry.action());
            node.put("storeId", entry.storeId());
            node.put("subject", entry.subject());
            ObjectNode details = node.putObject("details");
            entry.details().forEach(details::put);
            node.put("previousHash", entry.previousHash());
            node.put("hash", entry.hash());
        }
        return mapper.writeValueAsString(root);
    }

    private static void printText(List<AuditEntry> entries, ZoneId zone, Messages messages, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println(messages.get("audit.list.none"));
            return;
        }
        AuditTexts texts = new AuditTexts(messages);
        Formats formats = new Formats(messages);
        TextTable table = new TextTable(messages.get("audit.column.sequence"), messages.get("audit.column.time"),
                messages.get("audit.column.user"), messages.get("audit.column.action"),
                messages.get("audit.column.store"), messages.get("audit.column.subject"),
                messages.get("audit.column.details"));
        for (AuditEntry entry : entries) {
            table.row(Long.toString(entry.sequence()), formats.dateTime(entry.occurredAt(), zone), entry.actor(),
                    texts.action(entry), entry.storeId() == null ? "-" : entry.storeId().toString(), entry.subject(),
                    AuditTexts.detailsLine(entry));
        }
        table.print(out);
    }
}
