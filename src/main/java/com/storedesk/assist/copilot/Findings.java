package com.storedesk.assist.copilot;

import com.storedesk.assist.knowledge.KnowledgeHit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the look-ups of one answer found, in the order they ran: the answer's sources, and the stock
 * table and purchases to show beside its words. Filled on one thread, read after it finished.
 */
final class Findings {

    private final Set<CopilotSource> sources = new LinkedHashSet<>();
    private StockTable stock;
    private List<HistoryRow> history = List.of();

    void passages(List<KnowledgeHit> hits) {
        hits.forEach(hit -> sources.add(new CopilotSource(CopilotSource.Kind.KNOWLEDGE, hit.citation())));
    }

    void products(List<ProductMatch> products) {
        products.forEach(p -> sources.add(new CopilotSource(CopilotSource.Kind.PRODUCT, title(p))));
    }

    void stock(StockTable table) {
        stock = table;
        sources.add(new CopilotSource(CopilotSource.Kind.STOCK, title(table.product())));
    }

    void history(List<HistoryRow> rows, String period) {
        history = List.copyOf(rows);
        sources.add(new CopilotSource(CopilotSource.Kind.HISTORY, period));
    }

    List<CopilotSource> sources() {
        return new ArrayList<>(sources);
    }

    Optional<StockTable> stock() {
        return Optional.ofNullable(stock);
    }

    List<HistoryRow> history() {
        return history;
    }

    static String title(ProductMatch product) {
        return product.name() + " \u00b7 " + product.sku();
    }
}
