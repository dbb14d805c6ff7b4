package com.storedesk.inventory.count;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Evidence.NamedFigure;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The stock adjustment a count proposes for one line beyond the tolerance, worded as the count
 * discrepancy proposer words one (shrink for a loss, found goods for a gain) and valued the same
 * way, with where the count was made and who made it in the evidence.
 */
final class CountAdjustment {

    /** The proposer's name: one pending adjustment per product from counts, whoever counted. */
    static final String PROPOSER = "cycle-count";
    static final Duration VALID_FOR = Duration.ofDays(7);

    private CountAdjustment() {
    }

    static Proposal of(CountSession session, ZoneId zone, CountedProduct product, BigDecimal expected,
            BigDecimal counted, String countedBy, Instant at) {
        ActionChange.AdjustmentReason reason = ActionChange.AdjustmentReason.of(counted.subtract(expected));
        ActionChange.StockAdjustment adjustment = new ActionChange.StockAdjustment(product.id(), product.sku(),
                product.name(), expected, counted, product.unitValueMinor(), product.currency(), reason);
        LocalDate day = LocalDate.ofInstant(at, zone);
        Figure value = Figure.money(Math.abs(adjustment.valueMinor()), product.currency());
        Rationale rationale = Rationale.of(reason == ActionChange.AdjustmentReason.SHRINK
                        ? "action.rationale.countShrink" : "action.rationale.countFound",
                Figure.text(product.name()), Figure.date(day), Figure.quantity(counted), Figure.quantity(expected),
                Figure.quantity(adjustment.delta().abs()), value);
        List<NamedFigure> figures = List.of(
                new NamedFigure("action.figure.counted", Figure.quantity(counted)),
                new NamedFigure("action.figure.expected", Figure.quantity(expected)),
                new NamedFigure("action.figure.difference", Figure.quantity(adjustment.delta())),
                new NamedFigure("action.figure.differenceValue", value),
                new NamedFigure("action.figure.countedOn", Figure.date(day)),
                new NamedFigure("count.evidence.location", Figure.text(session.location())),
                new NamedFigure("count.evidence.countedBy", Figure.text(countedBy)));
        return new Proposal(session.storeId(), adjustment, rationale, Evidence.of(figures), Proposer.rule(PROPOSER),
                at.plus(VALID_FOR));
    }
}
