package com.storedesk.app;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.PosCapabilities;
import com.storedesk.data.StoreSummary;
import com.storedesk.pos.ChangeKind;
import com.storedesk.pos.WriteBackSupport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the store's POS can apply, from the connectors' own declaration ({@link WriteBackSupport})
 * and the store's source: actions learn it without knowing connectors. A store of a source no
 * connector declares is left to the outbox, which reports what happens.
 */
final class ConnectorCapabilities implements PosCapabilities {

    private final Supplier<List<StoreSummary>> stores;
    /** A store's source never changes (it is part of what the store is), so it is read once per store. */
    private final Map<Long, String> sources = new ConcurrentHashMap<>();

    /** @param stores the stores as the database has them now (their sources) */
    ConnectorCapabilities(Supplier<List<StoreSummary>> stores) {
        this.stores = stores;
    }

    @Override
    public Optional<String> cannotApply(long storeId, ActionChange change) {
        if (!change.type().reachesPos()) {
            return Optional.empty(); // nothing for the POS to apply, so nothing it cannot
        }
        if (!sources.containsKey(storeId)) {
            stores.get().forEach(store -> sources.put(store.id(), store.source()));
        }
        return Optional.ofNullable(sources.get(storeId)).flatMap(WriteBackSupport::ofSource)
                .filter(platform -> !platform.applies(kind(change)))
                .map(platform -> "source." + platform.name().toLowerCase(Locale.ROOT));
    }

    /** The kind of command {@link ConnectorActions} makes of the change. */
    static ChangeKind kind(ActionChange change) {
        return switch (change.type()) {
            case SALE_DISCOUNT -> ChangeKind.DISCOUNT;
            case MARKDOWN -> ChangeKind.TEMPORARY_PRICE;
            case PRICE_CHANGE -> ChangeKind.PERMANENT_PRICE;
            case STOCK_ADJUSTMENT -> ChangeKind.STOCK_ADJUSTMENT;
            case PURCHASE_ORDER -> ChangeKind.PURCHASE_ORDER;
            case ASSISTANCE -> throw new IllegalArgumentException("A help request is no command for the POS");
        };
    }
}
