package com.storedesk.assist.copilot;

import com.storedesk.assist.knowledge.KnowledgeHit;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.SkuStock;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer without a model: the question's words decide which look-ups apply (the knowledge
 * passages always; a product's stock by store when it asks about stock, sizes or another store; the
 * customer's purchases when it asks what they bought, in the period it names), and translated
 * sentences put their results into words.
 */
final class BestEffortAnswer {

    /** Characters of a passage the answer quotes before it points to the source. */
    static final int EXCERPT = 240;

    private final CopilotTools.CopilotLookups lookups;
    private final Messages messages;
    private final Formats formats;

    BestEffortAnswer(CopilotTools.CopilotLookups lookups, Messages messages) {
        this.lookups = lookups;
        this.messages = messages;
        this.formats = new Formats(messages);
    }

    /** The words, with what they rest on in {@code findings}. */
    String answer(CopilotQuestion question, List<KnowledgeHit> passages, LocalDate today, Findings findings) {
        List<String> paragraphs = new ArrayList<>();
        if (QuestionReading.aboutStock(question.text())) {
            paragraphs.add(stock(question, findings));
        }
        if (QuestionReading.aboutHistory(question.text())) {
            paragraphs.add(history(question, today, findings));
        }
        paragraphs.add(passages(passages));
        findings.passages(passages);
        return String.join("\n\n", paragraphs);
    }

    private String stock(CopilotQuestion question, Findings findings) {
        Optional<ProductMatch> best = lookups.products().find(question.text(), 1).stream().findFirst();
        if (best.isEmpty()) {
            return messages.get("copilot.ask.answer.noProduct");
        }
        ProductMatch product = best.get();
        List<SkuStock> rows = lookups.stock().of(product.sku(), question.store().map(StoreSummary::id));
        findings.stock(new StockTable(product, rows));
        if (rows.isEmpty()) {
            return messages.get("copilot.ask.answer.stockNone", product.name(), product.sku());
        }
        if (question.store().isEmpty()) {
            return messages.get("copilot.ask.answer.stockAll", product.name(), product.sku(), list(rows));
        }
        StoreSummary asking = question.store().get();
        Optional<SkuStock> here = rows.stream().filter(r -> r.storeId() == asking.id()).findFirst();
        List<SkuStock> others = rows.stream().filter(r -> r.storeId() != asking.id()).toList();
        String first = here.map(r -> messages.get("copilot.ask.answer.stockHere", product.name(), product.sku(),
                        quantity(r.onHand()), asking.name()))
                .orElseGet(() -> messages.get("copilot.ask.answer.stockNotHere", product.name(), product.sku(),
                        asking.name()));
        return others.isEmpty() ? first : first + " " + messages.get("copilot.ask.answer.stockOthers", list(others));
    }

    private String list(List<SkuStock> rows) {
        return rows.stream().map(r -> messages.get("copilot.ask.answer.stockEntry", r.storeName(), quantity(r.onHand())))
                .collect(Collectors.joining(", "));
    }

    private String history(CopilotQuestion question, LocalDate today, Findings findings) {
        if (question.customer().isEmpty()) {
            return messages.get("copilot.ask.answer.noCustomer");
        }
        DateRange period = QuestionReading.period(question.text(), today).orElse(DateRange.all());
        List<HistoryRow> rows = lookups.history().of(question.customer().get().id(), period);
        findings.history(rows, CopilotTools.describe(period));
        String when = period(period);
        if (rows.isEmpty()) {
            return messages.get("copilot.ask.answer.noHistory", when);
        }
        StringBuilder text = new StringBuilder(messages.get("copilot.ask.answer.history", when));
        for (HistoryRow row : rows) {
            text.append('\n').append(messages.get("copilot.ask.answer.historyLine", formats.date(row.date()),
                    row.productName(), quantity(row.quantity()), row.storeName()));
        }
        return text.toString();
    }

    private String period(DateRange period) {
        if (period.isAll()) {
            return messages.get("copilot.ask.period.all");
        }
        return messages.get("copilot.ask.period.range", period.start().map(formats::date).orElse("\u2026"),
                period.end().map(formats::date).orElse("\u2026"));
    }

    private String passages(List<KnowledgeHit> hits) {
        if (hits.isEmpty()) {
            return messages.get("copilot.ask.answer.noPassages");
        }
        StringBuilder text = new StringBuilder(messages.get("copilot.ask.answer.passages"));
        for (KnowledgeHit hit : hits) {
            text.append('\n').append(messages.get("copilot.ask.answer.passage", hit.citation(),
                    excerpt(hit.passage().text())));
        }
        return text.toString();
    }

    /** The passage's opening, cut after a sentence or a word. */
    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        String cut = flat.substring(0, EXCERPT);
        int sentence = cut.lastIndexOf(". ");
        if (sentence > EXCERPT / 2) {
            return cut.substring(0, sentence + 1);
        }
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut) + "\u2026";
    }

    /** Whole units without decimals, weighed goods with the decimals they have. */
    private String quantity(BigDecimal quantity) {
        int decimals = Math.max(0, quantity.stripTrailingZeros().scale());
        return decimals == 0 ? formats.integer(quantity.longValue()) : formats.decimal(quantity.doubleValue(), decimals);
    }
}
