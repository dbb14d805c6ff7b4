package com.storedesk.ui.inbox;

import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionText;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.outbox.FailureReason;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Puts a stored action into the inbox's words: a table row and the detail pane. */
final class InboxTexts {

    private final Messages messages;
    private final Formats formats;
    private final ActionText text;
    private final ZoneId zone;

    InboxTexts(Messages messages, Formats formats, ZoneId zone) {
        this.messages = messages;
        this.formats = formats;
        this.text = new ActionText(messages);
        this.zone = zone;
    }

    ActionText actionText() {
        return text;
    }

    InboxModel.Row row(ProposedAction action, Map<Long, StoreSummary> stores, boolean mayDecide) {
        StoreSummary store = stores.get(action.storeId());
        return new InboxModel.Row(action, formats.dateTime(action.createdAt(), zone),
                store == null ? "#" + action.storeId() : store.code(), text.type(action.type()),
                text.change(action.change()), text.level(action.routing().level()), text.status(action.status()),
                action.status().pending() ? formats.dateTime(action.expiresAt(), zone) : "", mayDecide);
    }

    /** @param platformKey the name key of the store's POS when it cannot apply the action, else null */
    InboxModel.Detail detail(InboxModel.Row row, Map<Long, StoreSummary> stores, Instant now, String platformKey) {
        ProposedAction action = row.action();
        StoreSummary store = stores.get(action.storeId());
        Currency currency = store == null ? Currency.getInstance("USD") : store.currency();
        List<InboxModel.Figure> figures = action.evidence().figures().stream()
                .map(f -> new InboxModel.Figure(text.label(f), text.figure(f.figure()))).toList();
        Evidence evidence = action.evidence();
        List<Long> series = evidence.series().stream()
                .map(p -> p.value().setScale(0, RoundingMode.HALF_UP).longValue()).toList();
        boolean canDecide = row.mayDecide() && action.status() == ActionStatus.PROPOSED && !action.expiredAt(now);
        return new InboxModel.Detail(action.id(),
                messages.get("inbox.detail.heading", text.type(action.type()), store == null ? row.store()
                        : store.code() + "  " + store.name()),
                platformKey == null || !stillByHand(action.status()) ? null
                        : byHand(action.type(), messages.get(platformKey)),
                text.change(action.change()), text.rationale(action.rationale()), figures,
                evidence.seriesKey() == null ? null : messages.get(evidence.seriesKey()), series,
                text.proposer(action.proposer()), text.routing(action.routing(), currency), history(action),
                canDecide, row.mayDecide() && action.status() == ActionStatus.FAILED,
                canDecide ? ChangeEdit.kind(action.proposed()).orElse(null) : null,
                ChangeEdit.kind(action.proposed()).isPresent()
                        ? ChangeEdit.current(action.proposed(), messages.locale()) : "",
                !action.type().reachesPos(), row.mayDecide() && action.status() == ActionStatus.MANUAL);
    }

    /** That the store's POS cannot apply this kind of change, so approving records the decision only. */
    private String byHand(ActionType type, String platform) {
        return messages.get(switch (type) {
            case SALE_DISCOUNT -> "inbox.byHand.saleDiscount";
            case MARKDOWN -> "inbox.byHand.markdown";
            case PRICE_CHANGE -> "inbox.byHand.priceChange";
            case PURCHASE_ORDER -> "inbox.byHand.purchaseOrder";
            case STOCK_ADJUSTMENT -> "inbox.byHand.stockAdjustment";
            case ASSISTANCE -> throw new IllegalArgumentException("A help request is never done at the POS");
        }, platform);
    }

    /** Its life so far, oldest first: proposed, decided (with the reason or the edit), sent, failed. */
    private List<String> history(ProposedAction action) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("inbox.history.proposed", formats.dateTime(action.createdAt(), zone)));
        if (action.decision() != null) {
            lines.add(messages.get("inbox.history.decided", text.status(decidedAs(action)), action.decision().actor(),
                    formats.dateTime(action.decision().at(), zone)));
            if (action.decision().reason() != null) {
                lines.add(messages.get("inbox.history.reason", action.decision().reason()));
            }
        }
        if (action.edited() != null) {
            lines.add(messages.get("inbox.history.edited", text.change(action.proposed())));
        }
        if (action.attempts() > 0) {
            lines.add(messages.get("inbox.history.attempts", action.attempts()));
        }
        if (action.failureReason() != null && action.status() == ActionStatus.NOT_DONE) {
            lines.add(messages.get("inbox.history.notDone", action.failureReason()));
        } else if (action.failureReason() != null) {
            lines.add(messages.get("inbox.history.failure",
                    FailureReason.parse(action.failureReason()).text(messages)));
        }
        lines.add(messages.get("inbox.history.status", text.status(action.status())));
        if (action.status().pending()) {
            lines.add(messages.get("inbox.history.expires", formats.dateTime(action.expiresAt(), zone)));
        }
        return lines;
    }

    /** Whether the warning that the POS cannot apply it still matters: before approval and until done by hand. */
    private static boolean stillByHand(ActionStatus status) {
        return status == ActionStatus.PROPOSED || status == ActionStatus.MANUAL;
    }

    private static ActionStatus decidedAs(ProposedAction action) {
        return switch (action.status()) {
            case REJECTED, MANUAL, HANDLED -> action.status();
            case DONE_BY_HAND, NOT_DONE -> ActionStatus.MANUAL;
            default -> ActionStatus.APPROVED;
        };
    }
}
