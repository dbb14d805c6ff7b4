package com.storedesk.data.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One transaction's view of reference data: database ids by (source, external id), taken from the
 * shared {@link ReferenceCache} or looked up with one {@code IN (...)} query per kind and source.
 * Rows this transaction inserts are added here, and reach the shared cache only once it commits.
 */
public final class References {

    private final Kind<StoreRef> stores;
    private final Kind<RegisterRef> registers;
    private final Kind<Long> employees;
    private final Kind<Long> products;
    private final Kind<Long> customers;
    private final Map<Long, StoreRef> storesById = new HashMap<>();
    private final Connection connection;
    private final ReferenceCache cache;

    References(Connection connection, ReferenceCache cache) {
        this.connection = connection;
        this.cache = cache;
        this.stores = new Kind<>(cache.stores, "store", "time_zone, currency", row -> storeRef(row, 3));
        this.registers = new Kind<>(cache.registers, "register", "store_id",
                row -> new RegisterRef(row.getLong(3), row.getLong(4)));
        this.employees = new Kind<>(cache.employees, "employee", null, row -> row.getLong(3));
        this.products = new Kind<>(cache.products, "product", null, row -> row.getLong(3));
        this.customers = new Kind<>(cache.customers, "customer", null, row -> row.getLong(3));
    }

    public void loadStores(Collection<SourceKey> keys) throws SQLException {
        stores.load(keys);
    }

    public void loadRegisters(Collection<SourceKey> keys) throws SQLException {
        registers.load(keys);
    }

    public void loadEmployees(Collection<SourceKey> keys) throws SQLException {
        employees.load(keys);
    }

    public void loadProducts(Collection<SourceKey> keys) throws SQLException {
        products.load(keys);
    }

    public void loadCustomers(Collection<SourceKey> keys) throws SQLException {
        customers.load(keys);
    }

    /** The store, or null when there is none with that key. */
    public StoreRef store(SourceKey key) throws SQLException {
        StoreRef store = stores.get(key);
        if (store != null) {
            storesById.put(store.id(), store);
        }
        return store;
    }

    public RegisterRef register(SourceKey key) throws SQLException {
        return registers.get(key);
    }

    public Long employee(SourceKey key) throws SQLException {
        return employees.get(key);
    }

    public Long product(SourceKey key) throws SQLException {
        return products.get(key);
    }

    public Long customer(SourceKey key) throws SQLException {
        return customers.get(key);
    }

    /** A store by database id, e.g. the store an earlier version of a sale was rung up in. */
    StoreRef storeById(long id) throws SQLException {
        StoreRef store = storesById.get(id);
        if (store == null) {
            store = cache.storesById.get(id);
        }
        if (store == null) {
            List<StoreRef> found = new ArrayList<>(1);
            InQuery.forEach(connection, "SELECT id, time_zone, currency FROM store WHERE id IN (%s)",
                    List.of(id), row -> found.add(storeRef(row, 1)));
            if (found.isEmpty()) {
                throw new IllegalStateException("No store with id " + id);
            }
            store = found.get(0);
        }
        storesById.put(id, store);
        return store;
    }

    void putStore(SourceKey key, StoreRef store) {
        stores.put(key, store);
        storesById.put(store.id(), store);
    }

    void putRegister(SourceKey key, RegisterRef register) {
        registers.put(key, register);
    }

    void putEmployee(SourceKey key, long id) {
        employees.put(key, id);
    }

    void putProduct(SourceKey key, long id) {
        products.put(key, id);
    }

    void putCustomer(SourceKey key, long id) {
        customers.put(key, id);
    }

    /** After commit: what this transaction found or created becomes known to later batches. */
    void publishToCache() {
        stores.publish();
        registers.publish();
        employees.publish();
        products.publish();
        customers.publish();
        stores.known.values().forEach(store -> storesById.put(store.id(), store));
        cache.storesById.putAll(storesById);
    }

    /** A store from its id, time zone and currency columns, the first at {@code first}. */
    private static StoreRef storeRef(ResultSet row, int first) throws SQLException {
        return new StoreRef(row.getLong(first), ZoneId.of(row.getString(first + 1)),
                Currency.getInstance(row.getString(first + 2).trim()));
    }

    @FunctionalInterface
    private interface RowMapper<V> {
        V map(ResultSet row) throws SQLException;
    }

    /** One kind of reference: what this transaction knows, and how to find the rest. */
    private final class Kind<V> {

        private final BoundedCache<SourceKey, V> shared;
        private final String table;
        private final String columns;
        private final RowMapper<V> mapper;
        private final Map<SourceKey, V> known = new HashMap<>();
        private final Set<SourceKey> absent = new HashSet<>();

        /** @param more the columns the mapper reads after source, external_id and id (from column 4), or null */
        Kind(BoundedCache<SourceKey, V> shared, String table, String more, RowMapper<V> mapper) {
            this.shared = shared;
            this.table = table;
            this.columns = "source, external_id, id" + (more == null ? "" : ", " + more);
            this.mapper = mapper;
        }

        void load(Collection<SourceKey> keys) throws SQLException {
            List<SourceKey> missing = new ArrayList<>();
            for (SourceKey key : keys) {
                if (key == null || known.containsKey(key) || absent.contains(key)) {
                    continue;
                }
                V cached = shared.get(key);
                if (cached != null) {
                    known.put(key, cached);
                } else {
                    missing.add(key);
                }
            }
            InQuery.forEachKey(connection, table, columns, missing,
                    row -> known.put(new SourceKey(row.getString(1), row.getString(2)), mapper.map(row)));
            for (SourceKey key : missing) {
                if (!known.containsKey(key)) {
                    absent.add(key);
                }
            }
        }

        V get(SourceKey key) throws SQLException {
            Objects.requireNonNull(key, "key");
            if (!known.containsKey(key) && !absent.contains(key)) {
                load(List.of(key));
            }
            return known.get(key);
        }

        void put(SourceKey key, V value) {
            known.put(key, value);
            absent.remove(key);
        }

        void publish() {
            shared.putAll(known);
        }
    }
}
