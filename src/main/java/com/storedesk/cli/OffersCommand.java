package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CatalogItem;
import com.storedesk.data.facts.StoreStock;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.basket.BasketText;
import com.storedesk.insight.basket.CustomerOffers;
import com.storedesk.insight.basket.NextBestOffers;
import com.storedesk.insight.basket.Offer;
import com.storedesk.insight.basket.OfferReason;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk offers}: a loyalty member's next-best-offers at a store, each with its reason,
 * a talking point and where it is, as the clienteling copilot shows them. An unknown member or
 * store is a message and exit code 1.
 */
@Command(name = "offers", mixinStandardHelpOptions = true,
        description = "Print a loyalty member's next-best-offers at a store: the products they are likeliest to buy"
                + " next, in stock there (or where else), each with a reason and a talking point.")
public final class OffersCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--customer", required = true, paramLabel = "LOYALTY_ID",
            description = "The member's loyalty id, as on their card.")
    private String customer;

    @Option(names = "--store", required = true, paramLabel = "ID",
            description = "The store: its code (S01) or its id, as `storedesk stores` lists them.")
    private String store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + NextBestOffers.DEFAULT_LIMIT,
            description = "Offers in stock at the store (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 20) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1-20");
        }
        try (AppContext context = databaseOption.open()) {
            Messages messages = CommandOutput.messages(context);
            List<StoreSummary> stores = StoreLookup.matches(context, store);
            if (stores.size() != 1) {
                return fail(messages.get(stores.isEmpty() ? "cli.kpi.unknownStore" : "cli.kpi.ambiguousStore", store));
            }
            Optional<CustomerOffers> offers = context.basketInsight().offers()
                    .offers(context.session(), stores.get(0), customer, limit);
            if (offers.isEmpty()) {
                return fail(messages.get("cli.offers.unknownCustomer", customer));
            }
            CommandOutput.print(spec, context, json, mapper -> toJson(offers.get(), new BasketText(messages), mapper),
                    (language, out) -> printText(offers.get(), language, out));
            return 0;
        }
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.commandLine().getColorScheme().errorText(message));
        err.flush();
        return 1;
    }

    private static String toJson(CustomerOffers offers, BasketText text, ObjectMapper mapper) throws Exception {
        ObjectNode root = mapper.createObjectNode();
        root.put("customer", offers.loyaltyId());
        root.put("storeId", offers.store().id());
        root.put("store", offers.store().code());
        root.put("asOf", offers.asOf().toString());
        root.put("sales", offers.sales());
        ArrayNode list = root.putArray("offers");
        int rank = 1;
        for (Offer offer : offers.offers()) {
            ObjectNode node = list.addObject();
            node.put("rank", rank++);
            putProduct(node, offer.product());
            node.put("score", BigDecimal.valueOf(offer.score()).setScale(4, RoundingMode.HALF_EVEN));
            OfferReason reason = offer.reason();
            node.put("reason", reason.kind().name());
            if (reason.anchor() != null) {
                ObjectNode anchor = node.putObject("anchor");
                anchor.put("productId", reason.anchor().id());
                anchor.put("sku", reason.anchor().sku());
                anchor.put("name", reason.anchor().name());
                anchor.put("lastBought", reason.anchorDate().toString());
            }
            if (reason.kind() == OfferReason.Kind.BOUGHT_WITH) {
                node.put("lift", BigDecimal.valueOf(reason.lift()).setScale(2, RoundingMode.HALF_EVEN));
            }
            node.put("reasonText", text.reason(offer));
            node.put("script", text.script(offer));
            node.put("inStock", offer.inStock());
            if (offer.onHandHere() == null) {
                node.putNull("onHand");
            } else {
                node.put("onHand", quantity(offer.onHandHere()));
            }
            ArrayNode elsewhere = node.putArray("elsewhere");
            for (StoreStock level : offer.elsewhere()) {
                ObjectNode at = elsewhere.addObject();
                at.put("storeId", level.storeId());
                at.put("store", level.storeCode());
                at.put("onHand", quantity(level.onHand()));
            }
        }
        return mapper.writeValueAsString(root);
    }

    /** A count as the shelf has it: 168, not 168.000 (weighed goods keep their decimals). */
    static BigDecimal quantity(BigDecimal onHand) {
        BigDecimal stripped = onHand.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static void putProduct(ObjectNode node, CatalogItem product) {
        node.put("productId", product.id());
        node.put("sku", product.sku());
        node.put("name", product.name());
        node.put("category", product.category());
    }

    private static void printText(CustomerOffers offers, Messages messages, PrintWriter out) {
        BasketText text = new BasketText(messages);
        out.println(messages.get("cli.offers.heading", offers.loyaltyId(), offers.store().code(),
                offers.store().name(), offers.sales()));
        if (offers.offers().isEmpty()) {
            out.println(messages.get("cli.offers.none"));
        }
        int rank = 1;
        for (Offer offer : offers.offers()) {
            out.println(messages.get("cli.offers.offer", rank++, offer.product().name(), offer.product().sku(),
                    text.availability(offer)));
            out.println("   " + messages.get("cli.offers.why", text.reason(offer)));
            out.println("   " + messages.get("cli.offers.say", text.script(offer)));
        }
    }
}
