package com.storedesk.app;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.outbox.ActionExecutor;
import com.storedesk.actions.outbox.ExecutionOutcome;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.StoreSummary;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import java.util.Optional;

/**
 * The outbox's way to the POS: an action in the POS's terms (the store's and products' ids there)
 * handed to this database's connector. Actions stay ignorant of connectors; this is the one place
 * that knows both.
 */
final class ConnectorActions implements ActionExecutor {

    /** The connector's execute, as {@link DataFeeds} offers it. */
    @FunctionalInterface
    interface Connector {
        ExecutionResult execute(ActionCommand command) throws ConnectorException;
    }

    /** The connector of the store's source, as {@link DataFeeds} routes it when several POS feed one database. */
    @FunctionalInterface
    interface SourceConnector {
        ExecutionResult execute(String source, ActionCommand command) throws ConnectorException;
    }

    private final SourceConnector connector;
    private final StoreRepository stores;

    /** Every action to the one {@code connector}. */
    ConnectorActions(Connector connector, StoreRepository stores) {
        this((source, command) -> connector.execute(command), stores);
    }

    ConnectorActions(SourceConnector connector, StoreRepository stores) {
        this.connector = connector;
        this.stores = stores;
    }

    @Override
    public ExecutionOutcome execute(ProposedAction action) {
        if (!action.type().reachesPos()) {
            // The service never approves one for the outbox; should one arrive, the POS hears nothing of it.
            return ExecutionOutcome.refused("A help request is not a change for the POS");
        }
        Optional<StoreSummary> store = stores.listStores().stream().filter(s -> s.id() == action.storeId())
                .findFirst();
        if (store.isEmpty()) {
            return ExecutionOutcome.refused("No store " + action.storeId());
        }
        ActionCommand.Change change = command(action, store.get());
        if (change == null) {
            return ExecutionOutcome.refused("A discount on a sale already rung up cannot be applied at the till");
        }
        try {
            ExecutionResult result = connector.execute(store.get().source(),
                    new ActionCommand(action.idempotencyKey(), store.get().externalId(), change));
            return result.inEffect() ? ExecutionOutcome.applied() : ExecutionOutcome.refused(result.reason());
        } catch (ConnectorException e) {
            return ExecutionOutcome.unavailable(e.getMessage());
        }
    }

    /** The change in the POS's terms; null for what no till can do (discount a sale already paid). */
    static ActionCommand.Change command(ProposedAction action, StoreSummary store) {
        ActionChange change = action.change();
        if (change instanceof ActionChange.SaleDiscount discount) {
            return discount.saleId() != null ? null
                    : new ActionCommand.Discount(discount.sku(), discount.percent(), action.expiresAt());
        }
        if (change instanceof ActionChange.Markdown markdown) {
            return new ActionCommand.TemporaryPrice(markdown.sku(), markdown.toPriceMinor(),
                    markdown.until().plusDays(1).atStartOfDay(store.timeZone()).toInstant());
        }
        if (change instanceof ActionChange.PriceChange price) {
            return new ActionCommand.PermanentPrice(price.sku(), price.toPriceMinor());
        }
        if (change instanceof ActionChange.StockAdjustment adjustment) {
            return new ActionCommand.StockAdjustment(adjustment.sku(), adjustment.delta());
        }
        ActionChange.PurchaseOrderDraft order = (ActionChange.PurchaseOrderDraft) change;
        return new ActionCommand.PurchaseOrder(order.supplier(), order.lines().stream()
                .map(line -> new ActionCommand.OrderLine(line.sku(), line.quantity())).toList());
    }
}
