package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSalesSpan;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storedesk stores}: every store with its time zone, source and the span of its sales. */
@Command(name = "stores", mixinStandardHelpOptions = true,
        description = "List every store: id, code, name, time zone, source, and first and last sale date (store-local).")
public final class StoresCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            List<StoreSalesSpan> stores = context.stores().listStoresWithSalesSpan();
            CommandOutput.print(spec, context, json, mapper -> toJson(stores, mapper),
                    (messages, out) -> printText(stores, messages, out));
            return 0;
        }
    }

    private static String toJson(List<StoreSalesSpan> stores, ObjectMapper mapper) throws Exception {
        ArrayNode root = mapper.createArrayNode();
        for (StoreSalesSpan span : stores) {
            StoreSummary store = span.store();
            ObjectNode node = root.addObject();
            node.put("id", store.id());
            node.put("code", store.code());
            node.put("name", store.name());
            node.put("timeZone", store.timeZone().getId());
            node.put("currency", store.currency().getCurrencyCode());
            node.put("source", store.source());
            node.put("externalId", store.externalId());
            node.put("firstSaleDate", span.firstSaleDate().map(LocalDate::toString).orElse(null));
            node.put("lastSaleDate", span.lastSaleDate().map(LocalDate::toString).orElse(null));
        }
        return mapper.writeValueAsString(root);
    }

    private static void printText(List<StoreSalesSpan> stores, Messages messages, PrintWriter out) {
        if (stores.isEmpty()) {
            out.println(messages.get("cli.stores.none"));
            return;
        }
        TextTable table = new TextTable(
                messages.get("cli.stores.id"), messages.get("cli.stores.code"), messages.get("cli.stores.name"),
                messages.get("cli.stores.timeZone"), messages.get("cli.stores.source"),
                messages.get("cli.stores.firstSale"), messages.get("cli.stores.lastSale"));
        for (StoreSalesSpan span : stores) {
            StoreSummary store = span.store();
            table.row(String.valueOf(store.id()), store.code(), store.name(), store.timeZone().getId(), store.source(),
                    date(span.firstSaleDate()), date(span.lastSaleDate()));
        }
        table.print(out);
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("-");
    }
}
