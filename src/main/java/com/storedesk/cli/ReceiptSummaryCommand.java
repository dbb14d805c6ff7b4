package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CatalogItem;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.basket.AddOn;
import com.storedesk.insight.basket.BasketText;
import com.storedesk.insight.basket.ReceiptSummary;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk receipt-summary}: what a sale's basket is for in a few words and the single best
 * add-on in stock at its store. An unknown (or voided) sale is a message and exit code 1.
 */
@Command(name = "receipt-summary", mixinStandardHelpOptions = true,
        description = "Print a one-line summary of a sale's basket and the single best add-on in stock.")
public final class ReceiptSummaryCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--sale", required = true, paramLabel = "ID", description = "The sale's id in StoreDesk's database.")
    private long sale;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            Messages messages = CommandOutput.messages(context);
            Optional<ReceiptSummary> summary = context.basketInsight().receipts().summary(context.session(), sale);
            if (summary.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(spec.commandLine().getColorScheme().errorText(
                        messages.get("cli.receipt.unknownSale", String.valueOf(sale))));
                err.flush();
                return 1;
            }
            StoreSummary store = context.stores().listStores().stream()
                    .filter(s -> s.id() == summary.get().storeId()).findFirst().orElseThrow();
            CommandOutput.print(spec, context, json,
                    mapper -> toJson(summary.get(), store, new BasketText(messages), mapper),
                    (language, out) -> printText(summary.get(), store, language, out));
            return 0;
        }
    }

    private static String toJson(ReceiptSummary summary, StoreSummary store, BasketText text, ObjectMapper mapper)
            throws Exception {
        ObjectNode root = mapper.createObjectNode();
        root.put("saleId", summary.saleId());
        root.put("storeId", store.id());
        root.put("store", store.code());
        root.put("occurredAt", summary.occurredAt().toString());
        root.put("businessDate", summary.businessDate().toString());
        root.put("label", summary.label().key());
        root.put("summary", text.label(summary.label()));
        ArrayNode items = root.putArray("items");
        for (CatalogItem item : summary.items()) {
            OffersCommand.putProduct(items.addObject(), item);
        }
        if (summary.addOn().isEmpty()) {
            root.putNull("addOn");
        } else {
            AddOn addOn = summary.addOn().get();
            ObjectNode node = root.putObject("addOn");
            OffersCommand.putProduct(node, addOn.product());
            ObjectNode with = node.putObject("with");
            with.put("productId", addOn.with().id());
            with.put("sku", addOn.with().sku());
            with.put("name", addOn.with().name());
            node.put("lift", BigDecimal.valueOf(addOn.lift()).setScale(2, RoundingMode.HALF_EVEN));
            node.put("confidence", BigDecimal.valueOf(addOn.confidence()).setScale(4, RoundingMode.HALF_EVEN));
            node.put("onHand", OffersCommand.quantity(addOn.onHand()));
            node.put("text", text.addOn(addOn));
        }
        return mapper.writeValueAsString(root);
    }

    private static void printText(ReceiptSummary summary, StoreSummary store, Messages messages, PrintWriter out) {
        BasketText text = new BasketText(messages);
        Formats formats = new Formats(messages);
        out.println(messages.get("cli.receipt.heading", String.valueOf(summary.saleId()), store.code(),
                formats.dateTime(summary.occurredAt(), store.timeZone())));
        out.println(messages.get("cli.receipt.summary", text.label(summary.label())));
        for (CatalogItem item : summary.items()) {
            out.println("- " + item.name() + " (" + item.sku() + ")");
        }
        out.println(summary.addOn().map(text::addOn).orElse(messages.get("receipt.addOn.none")));
    }
}
