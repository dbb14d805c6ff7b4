package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.app.RoleText;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.security.UserAccount;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storedesk users list}: read-only, so it runs with the database file's own access and no sign-in. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every account: username, name, role, stores, and whether it is locked or disabled.")
public final class UsersListCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            List<UserAccount> users = context.users().listWithFileAccess();
            Map<Long, String> codes = context.stores().listStores().stream()
                    .collect(Collectors.toMap(StoreSummary::id, StoreSummary::code));
            Instant now = context.clock().instant();
            CommandOutput.print(spec, context, json, mapper -> toJson(users, codes, now, mapper),
                    (messages, out) -> printText(users, codes, now, messages, out));
            return 0;
        }
    }

    private static String toJson(List<UserAccount> users, Map<Long, String> codes, Instant now, ObjectMapper mapper)
            throws Exception {
        ArrayNode root = mapper.createArrayNode();
        for (UserAccount user : users) {
            ObjectNode node = root.addObject();
            node.put("username", user.username());
            node.put("name", user.displayName());
            node.put("role", user.role().name());
            node.put("allStores", user.allStores());
            ArrayNode stores = node.putArray("stores");
            storeCodes(user, codes).forEach(stores::add);
            node.put("lockedUntil", user.lockedAt(now) ? user.lockedUntil().orElseThrow().toString() : null);
            node.put("disabled", user.disabled());
        }
        return mapper.writeValueAsString(root);
    }

    private static void printText(List<UserAccount> users, Map<Long, String> codes, Instant now, Messages messages,
            PrintWriter out) {
        if (users.isEmpty()) {
            out.println(messages.get("users.cli.none"));
            return;
        }
        Formats formats = new Formats(messages);
        TextTable table = new TextTable(messages.get("users.cli.username"), messages.get("users.cli.name"),
                messages.get("users.cli.role"), messages.get("users.cli.stores"), messages.get("users.cli.state"));
        for (UserAccount user : users) {
            String stores = user.allStores() ? messages.get("users.cli.allStores")
                    : String.join(",", storeCodes(user, codes));
            table.row(user.username(), user.displayName(), RoleText.label(user.role(), messages), stores,
                    state(user, now, messages, formats));
        }
        table.print(out);
    }

    private static String state(UserAccount user, Instant now, Messages messages, Formats formats) {
        if (user.disabled()) {
            return messages.get("users.cli.disabled");
        }
        return user.lockedAt(now)
                ? messages.get("users.cli.locked", formats.dateTime(user.lockedUntil().orElseThrow(), ZoneId.systemDefault()))
                : messages.get("users.cli.active");
    }

    private static List<String> storeCodes(UserAccount user, Map<Long, String> codes) {
        return user.storeIds().stream().map(id -> codes.getOrDefault(id, String.valueOf(id))).sorted().toList();
    }
}
