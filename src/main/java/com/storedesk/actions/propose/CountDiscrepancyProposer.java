package com.storedesk.actions.propose;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Evidence.NamedFigure;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CountCorrection;
import com.storedesk.data.facts.CountCorrectionRepository;
import com.storedesk.data.facts.ProductFacts;
import com.storedesk.data.facts.ProductFactsRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stock adjustments from count discrepancies: a physical count in the last {@link #LOOKBACK} that
 * found another level than the system expected is proposed as an adjustment booking the difference
 * with a reason (shrink for a loss, found goods for a gain), valued at the unit cost (the price when
 * the cost is unknown), so the loss shows in the stock's value and in shrink reports instead of
 * vanishing into a corrected level. One proposal per product: its latest count in the window.
 */
public final class CountDiscrepancyProposer implements ActionProposer {

    static final String NAME = "count-discrepancy";
    static final Duration LOOKBACK = Duration.ofDays(7);
    static final Duration VALID_FOR = Duration.ofDays(7);

    private final CountCorrectionRepository counts;
    private final ProductFactsRepository products;

    public CountDiscrepancyProposer(CountCorrectionRepository counts, ProductFactsRepository products) {
        this.counts = counts;
        this.products = products;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Proposal> propose(StoreSummary store, Instant at) {
        return proposals(store, at, counts.corrections(store.id(), store.timeZone(), at.minus(LOOKBACK), at),
                products.stocked(store.id()).stream()
                        .collect(Collectors.toMap(ProductFacts::productId, Function.identity())));
    }

    List<Proposal> proposals(StoreSummary store, Instant at, List<CountCorrection> corrections,
            Map<Long, ProductFacts> catalog) {
        Map<Long, CountCorrection> latest = new LinkedHashMap<>();
        for (CountCorrection correction : corrections) {
            latest.merge(correction.productId(), correction,
                    (a, b) -> b.countedAt().isAfter(a.countedAt()) ? b : a);
        }
        List<Proposal> proposals = new ArrayList<>();
        for (CountCorrection correction : latest.values()) {
            ProductFacts product = catalog.get(correction.productId());
            if (product == null || correction.delta().signum() == 0) {
                continue;
            }
            proposals.add(proposal(store, at, correction, product));
        }
        return proposals;
    }

    private static Proposal proposal(StoreSummary store, Instant at, CountCorrection correction,
            ProductFacts product) {
        ActionChange.AdjustmentReason reason = ActionChange.AdjustmentReason.of(correction.delta());
        long unitValue = product.unitCostMinor() != null ? product.unitCostMinor() : product.priceMinor();
        ActionChange.StockAdjustment adjustment = new ActionChange.StockAdjustment(product.productId(),
                product.sku(), product.name(), correction.expectedLevel(), correction.countedLevel(), unitValue,
                product.currency(), reason);
        LocalDate day = LocalDate.ofInstant(correction.countedAt(), store.timeZone());
        Figure value = Figure.money(Math.abs(adjustment.valueMinor()), product.currency());
        Rationale rationale = Rationale.of(reason == ActionChange.AdjustmentReason.SHRINK
                        ? "action.rationale.countShrink" : "action.rationale.countFound",
                Figure.text(product.name()), Figure.date(day), Figure.quantity(correction.countedLevel()),
                Figure.quantity(correction.expectedLevel()), Figure.quantity(correction.delta().abs()), value);
        List<NamedFigure> figures = List.of(
                new NamedFigure("action.figure.counted", Figure.quantity(correction.countedLevel())),
                new NamedFigure("action.figure.expected", Figure.quantity(correction.expectedLevel())),
                new NamedFigure("action.figure.difference", Figure.quantity(correction.delta())),
                new NamedFigure("action.figure.differenceValue", value),
                new NamedFigure("action.figure.countedOn", Figure.date(day)));
        return new Proposal(store.id(), adjustment, rationale, Evidence.of(figures), Proposer.rule(NAME),
                at.plus(VALID_FOR));
    }
}
