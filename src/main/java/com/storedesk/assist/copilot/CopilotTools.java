package com.storedesk.assist.copilot;

import com.storedesk.assist.AssistTool;
import com.storedesk.assist.knowledge.KnowledgeBase;
import com.storedesk.assist.knowledge.KnowledgeHit;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.SkuStock;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The four look-ups as tools the model may call for one question. Results are plain English lines
 * for the model (it answers in the associate's language); each call is also kept in the question's
 * {@link Findings}, so the answer lists its sources and shows the stock table or purchases.
 */
final class CopilotTools {

    static final String SEARCH_PRODUCTS = "search_products";
    static final String STOCK_BY_STORE = "stock_by_store";
    static final String CUSTOMER_HISTORY = "customer_history";
    static final String SEARCH_KNOWLEDGE = "search_knowledge";
    /** Products a search returns to the model. */
    static final int PRODUCTS = 5;

    private final CopilotLookups lookups;
    private final CopilotQuestion question;
    private final Findings findings;

    CopilotTools(CopilotLookups lookups, CopilotQuestion question, Findings findings) {
        this.lookups = lookups;
        this.question = question;
        this.findings = findings;
    }

    List<AssistTool> all() {
        return List.of(
                tool(ToolSpecification.builder().name(SEARCH_PRODUCTS)
                        .description("Finds products in the catalog by words of their name, SKU or category."
                                + " Returns SKU, name, category and shelf price.")
                        .parameters(JsonObjectSchema.builder()
                                .addStringProperty("words", "Words of the product's name, its SKU or its category")
                                .required("words").build()).build(), this::searchProducts),
                tool(ToolSpecification.builder().name(STOCK_BY_STORE)
                        .description("On-hand stock of one product in every store that keeps it, the asking store"
                                + " first. Find the SKU with search_products first.")
                        .parameters(JsonObjectSchema.builder().addStringProperty("sku", "The product's SKU")
                                .required("sku").build()).build(), this::stockByStore),
                tool(ToolSpecification.builder().name(CUSTOMER_HISTORY)
                        .description("What the customer being served bought, newest first, optionally between two"
                                + " dates (both included).")
                        .parameters(JsonObjectSchema.builder()
                                .addStringProperty("from", "First date, YYYY-MM-DD; leave out for no lower limit")
                                .addStringProperty("to", "Last date, YYYY-MM-DD; leave out for no upper limit")
                                .build()).build(), this::customerHistory),
                tool(ToolSpecification.builder().name(SEARCH_KNOWLEDGE)
                        .description("Passages of the store's policies (returns, warranty, loyalty), care and sizing"
                                + " guides and catalog that best answer a question, each with its citation.")
                        .parameters(JsonObjectSchema.builder().addStringProperty("question", "What to look up")
                                .required("question").build()).build(), this::searchKnowledge));
    }

    private String searchProducts(Map<String, String> arguments) {
        List<ProductMatch> found = lookups.products().find(arguments.getOrDefault("words", ""), PRODUCTS);
        findings.products(found);
        if (found.isEmpty()) {
            return "No product matches.";
        }
        StringBuilder lines = new StringBuilder();
        for (ProductMatch product : found) {
            lines.append("SKU ").append(product.sku()).append(" | ").append(product.name()).append(" | ")
                    .append(product.category() == null ? "-" : product.category()).append(" | ")
                    .append(product.price().amount().toPlainString()).append(' ')
                    .append(product.price().currency().getCurrencyCode()).append('\n');
        }
        return lines.toString().strip();
    }

    private String stockByStore(Map<String, String> arguments) {
        String sku = arguments.getOrDefault("sku", "").strip();
        Optional<ProductMatch> product = lookups.products().find(sku, 1).stream()
                .filter(p -> p.sku().equalsIgnoreCase(sku)).findFirst();
        if (product.isEmpty()) {
            return "No active product has the SKU " + sku + ".";
        }
        Optional<Long> asking = question.store().map(StoreSummary::id);
        List<SkuStock> rows = lookups.stock().of(product.get().sku(), asking);
        findings.stock(new StockTable(product.get(), rows));
        if (rows.isEmpty()) {
            return product.get().name() + " is not stocked in any store.";
        }
        StringBuilder lines = new StringBuilder(product.get().name() + " (" + product.get().sku() + ") by store:\n");
        for (SkuStock row : rows) {
            lines.append(row.storeCode()).append(' ').append(row.storeName())
                    .append(asking.isPresent() && asking.get() == row.storeId() ? " (the asking store)" : "")
                    .append(": ").append(row.onHand().stripTrailingZeros().toPlainString()).append(" on hand\n");
        }
        return lines.toString().strip();
    }

    private String customerHistory(Map<String, String> arguments) {
        if (question.customer().isEmpty()) {
            return "No customer is chosen for this question.";
        }
        DateRange period;
        try {
            period = new DateRange(date(arguments.get("from")), date(arguments.get("to")));
        } catch (DateTimeParseException e) {
            return "Dates must be written YYYY-MM-DD.";
        }
        List<HistoryRow> rows = lookups.history().of(question.customer().get().id(), period);
        findings.history(rows, describe(period));
        if (rows.isEmpty()) {
            return "No purchases " + (period.isAll() ? "at all." : "in that period.");
        }
        StringBuilder lines = new StringBuilder();
        for (HistoryRow row : rows) {
            lines.append(row.date()).append(" | ").append(row.storeName()).append(" | ").append(row.sku()).append(' ')
                    .append(row.productName()).append(" | quantity ")
                    .append(row.quantity().stripTrailingZeros().toPlainString()).append(" | ")
                    .append(row.net().amount().toPlainString()).append(' ')
                    .append(row.net().currency().getCurrencyCode()).append('\n');
        }
        return lines.toString().strip();
    }

    private String searchKnowledge(Map<String, String> arguments) {
        List<KnowledgeHit> hits = lookups.knowledge().search(arguments.getOrDefault("question", question.text()),
                CopilotAsk.PASSAGES);
        findings.passages(hits);
        return CopilotAsk.facts(hits);
    }

    static String describe(DateRange period) {
        return period.isAll() ? "" : period.start().map(LocalDate::toString).orElse("") + " \u2013 "
                + period.end().map(LocalDate::toString).orElse("");
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static AssistTool tool(ToolSpecification specification, Function<Map<String, String>, String> run) {
        return new AssistTool() {
            @Override
            public ToolSpecification specification() {
                return specification;
            }

            @Override
            public String run(Map<String, String> arguments) {
                return run.apply(arguments);
            }
        };
    }

    /** The look-ups both ways of answering share. */
    record CopilotLookups(ProductSearch products, StockByStore stock, CustomerHistory history,
            KnowledgeBase knowledge) {
    }
}
