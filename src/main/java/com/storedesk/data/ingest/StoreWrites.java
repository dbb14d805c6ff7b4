package com.storedesk.data.ingest;

import com.storedesk.core.event.StoreUpserted;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores and their registers. A store event lists the registers it has now: listed ones are
 * inserted or updated (a register may move between stores), unlisted ones are marked inactive,
 * never deleted, because old sales point at them.
 */
public final class StoreWrites {

    private static final SourcedRows STORES = new SourcedRows("store", true, List.of(
            Column.text("code"), Column.text("name"), Column.text("time_zone"), Column.text("currency"),
            Column.text("city"), Column.text("region"), Column.text("country_code"),
            Column.text("retail_profile")));
    private static final SourcedRows REGISTERS = new SourcedRows("register", true, List.of(
            Column.longs("store_id"), Column.text("name"), Column.bool("active")));

    private final IngestTransaction transaction;

    StoreWrites(IngestTransaction transaction) {
        this.transaction = transaction;
    }

    /** @param stores distinct by (source, external id) */
    public List<RowOutcome> upsert(List<StoreUpserted> stores) throws SQLException {
        List<SourceKey> keys = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (StoreUpserted store : stores) {
            keys.add(new SourceKey(store.source(), store.externalId()));
            values.add(new Object[] {store.code(), store.name(), store.timeZone().getId(),
                    store.currency().getCurrencyCode(), store.city(), store.region(), store.countryCode(),
                    store.retailProfile()});
        }
        SourcedRows.Result result = STORES.upsert(transaction, keys, values);
        RowOutcome[] outcomes = result.outcomes();
        for (int i = 0; i < stores.size(); i++) {
            StoreUpserted store = stores.get(i);
            transaction.references().putStore(keys.get(i), new StoreRef(result.ids()[i], store.timeZone(),
                    store.currency()));
        }
        Set<Long> registersChanged = upsertRegisters(stores, result.ids());
        registersChanged.addAll(deactivateUnlisted(stores, result.ids()));
        for (int i = 0; i < stores.size(); i++) {
            long storeId = result.ids()[i];
            if (outcomes[i] == RowOutcome.UNCHANGED && registersChanged.contains(storeId)) {
                outcomes[i] = RowOutcome.UPDATED;
            }
            if (outcomes[i] != RowOutcome.UNCHANGED) {
                transaction.changed(storeId);
            }
        }
        return Arrays.asList(outcomes);
    }

    /** Returns the ids of stores whose registers changed. */
    private Set<Long> upsertRegisters(List<StoreUpserted> stores, long[] storeIds) throws SQLException {
        List<SourceKey> keys = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (int i = 0; i < stores.size(); i++) {
            for (StoreUpserted.Register register : stores.get(i).registers()) {
                keys.add(new SourceKey(stores.get(i).source(), register.externalId()));
                values.add(new Object[] {storeIds[i], register.name(), true});
            }
        }
        Set<Long> changed = new HashSet<>();
        if (keys.isEmpty()) {
            return changed;
        }
        SourcedRows.Result result = REGISTERS.upsert(transaction, keys, values);
        for (int r = 0; r < keys.size(); r++) {
            long storeId = (Long) values.get(r)[0];
            transaction.references().putRegister(keys.get(r), new RegisterRef(result.ids()[r], storeId));
            if (result.outcomes()[r] != RowOutcome.UNCHANGED) {
                changed.add(storeId);
                if (result.previous()[r] != null) {
                    changed.add((Long) result.previous()[r][0]);
                }
            }
        }
        return changed;
    }

    private Set<Long> deactivateUnlisted(List<StoreUpserted> stores, long[] storeIds) throws SQLException {
        Set<SourceKey> listed = new HashSet<>();
        stores.forEach(store -> store.registers()
                .forEach(register -> listed.add(new SourceKey(store.source(), register.externalId()))));
        Map<Long, Long> staleToStore = new HashMap<>();
        InQuery.forEach(transaction.connection(),
                "SELECT id, source, external_id, store_id FROM register WHERE active = TRUE AND store_id IN (%s)",
                Arrays.stream(storeIds).boxed().collect(Collectors.toSet()), row -> {
                    if (!listed.contains(new SourceKey(row.getString(2), row.getString(3)))) {
                        staleToStore.put(row.getLong(1), row.getLong(4));
                    }
                });
        if (!staleToStore.isEmpty()) {
            try (PreparedStatement deactivate = transaction.connection().prepareStatement(
                    "UPDATE register SET active = FALSE, updated_at = ? WHERE id = ?")) {
                for (long id : staleToStore.keySet()) {
                    ColumnType.INSTANT.bind(deactivate, 1, transaction.now());
                    deactivate.setLong(2, id);
                    deactivate.addBatch();
                }
                deactivate.executeBatch();
            }
        }
        return new HashSet<>(staleToStore.values());
    }
}
