package com.storedesk.actions;

import com.storedesk.actions.ActionChange.AdjustmentReason;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.Measure;
import com.storedesk.actions.policy.Routing;
import com.storedesk.core.Money;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;

/**
 * Puts actions into words in the user's language: names of types, statuses and levels, the
 * rationale with its figures formatted for the locale, what a change does (before and after), the
 * rule that routed it and who proposed it. Counts reach patterns as numbers (so a pattern may
 * choose its words by them); every other figure arrives as formatted text.
 */
public final class ActionText {

    private final Messages messages;
    private final Formats formats;

    public ActionText(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages);
    }

    public String type(ActionType type) {
        return messages.get(type.nameKey());
    }

    public String status(ActionStatus status) {
        return messages.get(status.nameKey());
    }

    public String level(ApprovalLevel level) {
        return messages.get(level.nameKey());
    }

    public String measure(Measure measure) {
        return messages.get(measure.nameKey());
    }

    public String refusal(ActionRefusedException.Reason reason) {
        return messages.get(reason.messageKey());
    }

    public String rationale(Rationale rationale) {
        List<Figure> figures = rationale.arguments();
        Object[] arguments = new Object[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            arguments[i] = figure.kind() == Figure.Kind.COUNT ? figure.number().longValue() : figure(figure);
        }
        return messages.get(rationale.key(), arguments);
    }

    /** An evidence figure's label. */
    public String label(Evidence.NamedFigure figure) {
        return messages.get(figure.key());
    }

    public String figure(Figure figure) {
        return switch (figure.kind()) {
            case MONEY -> formats.money(new Money(figure.number().longValueExact(), figure.currency()));
            case PERCENT -> formats.percent(figure.number().doubleValue() / 100, decimals(figure.number()));
            case QUANTITY -> number(figure.number());
            case DAYS -> messages.get("action.value.days", number(figure.number()));
            case COUNT -> formats.integer(figure.number().longValue());
            case DATE -> formats.date(figure.date());
            case TEXT -> figure.value();
        };
    }

    /** What the change does, with the values before and after. */
    public String change(ActionChange change) {
        if (change instanceof ActionChange.SaleDiscount discount) {
            Object[] arguments = {discount.productName(), percent(discount.percent()),
                    money(discount.discountedPriceMinor(), discount.currency()),
                    money(discount.unitPriceMinor(), discount.currency()),
                    discount.saleId() == null ? "" : discount.saleId().toString()};
            return messages.get(discount.saleId() == null ? "action.change.saleDiscount"
                    : "action.change.saleDiscountOnSale", arguments);
        }
        if (change instanceof ActionChange.Markdown markdown) {
            return messages.get("action.change.markdown", markdown.productName(),
                    money(markdown.toPriceMinor(), markdown.currency()),
                    money(markdown.fromPriceMinor(), markdown.currency()), formats.date(markdown.until()));
        }
        if (change instanceof ActionChange.PriceChange price) {
            return messages.get("action.change.priceChange", price.productName(),
                    money(price.toPriceMinor(), price.currency()), money(price.fromPriceMinor(), price.currency()));
        }
        if (change instanceof ActionChange.PurchaseOrderDraft order) {
            return messages.get("action.change.purchaseOrder", order.lines().size(), order.supplier(),
                    money(order.totalMinor(), order.currency()));
        }
        if (change instanceof ActionChange.AssistanceRequest help) {
            String who = help.associate().isBlank() ? messages.get("action.anAssociate") : help.associate();
            return help.reason() == null ? messages.get("action.change.assistance", who)
                    : messages.get("action.change.assistanceWhy", who, help.reason());
        }
        ActionChange.StockAdjustment adjustment = (ActionChange.StockAdjustment) change;
        return messages.get("action.change.stockAdjustment", adjustment.productName(),
                number(adjustment.countedLevel()), number(adjustment.systemLevel()),
                number(adjustment.delta().abs()), reason(adjustment.reason()));
    }

    public String reason(AdjustmentReason reason) {
        return messages.get(reason.nameKey());
    }

    /** Why the action went where it did, amounts in {@code currency}. */
    public String routing(Routing routing, Currency currency) {
        if (routing.rule() == null) {
            return messages.get("action.routing.automatic");
        }
        if (routing.rule().measure() == Measure.EVERY) {
            return messages.get("action.routing.every", level(routing.level()));
        }
        BigDecimal threshold = routing.rule().threshold();
        String value = routing.rule().measure() == Measure.PERCENT ? percent(threshold)
                : formats.wholeMoney(threshold, currency);
        return messages.get("action.routing.rule", measure(routing.rule().measure()), value, level(routing.level()));
    }

    public String proposer(Proposer proposer) {
        return switch (proposer.kind()) {
            case RULE -> messages.get("action.proposer.rule", ruleName(proposer.name()));
            case MODEL -> messages.get("action.proposer.model", proposer.name(), proposer.model(), proposer.promptId(),
                    proposer.promptVersion());
            case PERSON -> messages.get("action.proposer.person", proposer.name());
        };
    }

    /** A built-in rule's name in the reader's language; another rule's name as it is. */
    private String ruleName(String rule) {
        return switch (rule) {
            case "clearance" -> messages.get("action.rule.clearance");
            case "perishable-markdown" -> messages.get("action.rule.perishableMarkdown");
            case "count-discrepancy" -> messages.get("action.rule.countDiscrepancy");
            default -> rule;
        };
    }

    private String money(long minor, Currency currency) {
        return formats.money(new Money(minor, currency));
    }

    private String percent(BigDecimal percent) {
        return formats.percent(percent.doubleValue() / 100, decimals(percent));
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale()); // not thread-safe: one per use
        format.setMaximumFractionDigits(Math.min(Math.max(value.stripTrailingZeros().scale(), 0), 2));
        return format.format(value);
    }

    private static int decimals(BigDecimal value) {
        return Math.min(Math.max(value.stripTrailingZeros().scale(), 0), 2);
    }
}
