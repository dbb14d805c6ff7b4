package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.actions.ActionFilter;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.outbox.FailureReason;
import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk approvals list}: proposed actions newest first, read with the database file's own access. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List proposed actions, newest first.")
public final class ApprovalsListCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only actions in this status: proposed, "
            + "approved, rejected, expired, sent, confirmed, failed, manual (to do by hand), done_by_hand, not_done or handled (a help request "
            + "answered).")
    private String status;

    @Option(names = "--store", paramLabel = "CODE", description = "Only this store's actions (code or id).")
    private String store;

    @Option(names = "--json", description = "Print JSON instead of text; times in UTC.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            ActionFilter filter = ActionFilter.all();
            if (status != null) {
                filter = filter.withStatuses(Set.of(status(context)));
            }
            if (store != null) {
                filter = filter.withStores(Set.of(StoreLookup.find(context, spec, store).id()));
            }
            List<ProposedAction> actions = context.actions().list(context.session(), filter);
            Map<Long, String> codes = context.stores().listStores().stream()
                    .collect(Collectors.toMap(StoreSummary::id, StoreSummary::code));
            ZoneId zone = context.clock().getZone();
            CommandOutput.print(spec, context, json, mapper -> toJson(actions, codes, mapper),
                    (messages, out) -> printText(actions, codes, zone, messages, out));
            return 0;
        }
    }

    private ActionStatus status(AppContext context) {
        try {
            return ActionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    CommandOutput.messages(context).get("cli.approvals.unknownStatus", status,
                            Arrays.stream(ActionStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", "))));
        }
    }

    private static String toJson(List<ProposedAction> actions, Map<Long, String> codes, ObjectMapper mapper)
            throws Exception {
        ArrayNode root = mapper.createArrayNode();
        for (ProposedAction action : actions) {
            ObjectNode node = root.addObject();
            node.put("id", action.id());
            node.put("store", codes.get(action.storeId()));
            node.put("type", action.type().name());
            node.put("target", action.change().target());
            node.put("status", action.status().name());
            node.put("level", action.routing().level().name());
            node.put("createdAt", action.createdAt().toString());
            node.put("expiresAt", action.expiresAt().toString());
            node.put("decidedBy", action.decision() == null ? null : action.decision().actor());
            node.put("attempts", action.attempts());
            node.put("failureReason", action.failureReason());
            node.put("idempotencyKey", action.idempotencyKey());
        }
        return mapper.writeValueAsString(root);
    }

    private static void printText(List<ProposedAction> actions, Map<Long, String> codes, ZoneId zone,
            Messages messages, PrintWriter out) {
        if (actions.isEmpty()) {
            out.println(messages.get("cli.approvals.none"));
            return;
        }
        ActionText text = new ActionText(messages);
        Formats formats = new Formats(messages);
        Function<ProposedAction, String> failure = action -> action.failureReason() == null ? ""
                : FailureReason.parse(action.failureReason()).text(messages);
        TextTable table = new TextTable(messages.get("cli.approvals.column.id"),
                messages.get("cli.approvals.column.store"), messages.get("cli.approvals.column.created"),
                messages.get("cli.approvals.column.change"), messages.get("cli.approvals.column.level"),
                messages.get("cli.approvals.column.status"), messages.get("cli.approvals.column.attempts"),
                messages.get("cli.approvals.column.failure"));
        for (ProposedAction action : actions) {
            table.row(Long.toString(action.id()), codes.getOrDefault(action.storeId(), "?"),
                    formats.dateTime(action.createdAt(), zone), text.change(action.change()),
                    text.level(action.routing().level()), text.status(action.status()),
                    Integer.toString(action.attempts()), failure.apply(action));
        }
        table.print(out);
    }
}
