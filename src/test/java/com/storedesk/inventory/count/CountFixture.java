package com.storedesk.inventory.count;

import com.storedesk.actions.ActionService;
import com.storedesk.actions.Approvers;
import com.storedesk.actions.policy.PolicyService;
import com.storedesk.actions.store.ActionRepository;
import com.storedesk.actions.store.PolicyRepository;
import com.storedesk.audit.AuditEvent;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.StockLevel;
import com.storedesk.data.entity.Store;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.MovableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A count service on an H2 file of its own, with two stores and a few products whose stock is known,
 * recording what it audits. {@link #reopen()} closes the file and opens it again, as a restart does.
 */
final class CountFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");
    static final Currency USD = Currency.getInstance("USD");
    /** A UPC-A with its check digit; its EAN-13 form is {@code 0} and the same digits. */
    static final String MUG_UPC = "036000291452";

    final Path file = Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk");
    final MovableClock clock = new MovableClock(NOW);
    final List<AuditEvent> audited = new ArrayList<>();
    Database database;
    ActionService actions;
    CountService counts;
    long downtown;
    long mall;
    long mug;
    long screws;
    long perfume;

    CountFixture() {
        open(CountTolerance.DEFAULT);
        database.writeVoid(session -> {
            Store a = new Store("test", "store-a", "DT01", "Downtown", ZoneId.of("America/New_York"), USD);
            Store b = new Store("test", "store-b", "ML02", "Mall", ZoneId.of("America/Chicago"), USD);
            session.persist(a);
            session.persist(b);
            Product mugProduct = product("MUG-1", "Stoneware Mug", 1_200, 500L, MUG_UPC);
            Product screwsProduct = product("SCR-100", "Wood Screws 4x40", 50, 20L, null);
            // No cost known: valued at its price; 300.00 each, so four missing need a manager.
            Product perfumeProduct = product("PERF-50", "Eau de Parfum 50 ml", 30_000, null, "96385074");
            session.persist(mugProduct);
            session.persist(screwsProduct);
            session.persist(perfumeProduct);
            session.persist(new StockLevel("test", "level-1", a, mugProduct, new BigDecimal("10")));
            session.persist(new StockLevel("test", "level-2", a, screwsProduct, new BigDecimal("100")));
            session.persist(new StockLevel("test", "level-3", a, perfumeProduct, new BigDecimal("6")));
            session.persist(new StockLevel("test", "level-4", b, mugProduct, new BigDecimal("3")));
            session.flush();
            downtown = a.getId();
            mall = b.getId();
            mug = mugProduct.getId();
            screws = screwsProduct.getId();
            perfume = perfumeProduct.getId();
        });
    }

    private static Product product(String sku, String name, long priceMinor, Long costMinor, String gtin) {
        Product product = new Product("test", "product-" + sku, sku, name, priceMinor, USD);
        product.setUnitCostMinor(costMinor);
        product.setGtin(gtin);
        return product;
    }

    /** The service again with another tolerance, on the same file. */
    void open(CountTolerance tolerance) {
        if (database == null) {
            database = Database.open(new DatabaseLocation.H2File(file), clock);
        }
        actions = new ActionService(new ActionRepository(database),
                new PolicyService(new PolicyRepository(database), audited::add), new Approvers(), audited::add, clock);
        counts = new CountService(database, new StoreRepository(database), actions, audited::add, clock, tolerance);
    }

    /** Closes the database file and opens it again: what a crash and a restart leave. */
    void reopen() {
        database.close();
        database = null;
        open(CountTolerance.DEFAULT);
    }

    static UserSession associate(long store) {
        return new UserSession("Sam", Role.ASSOCIATE, false, Set.of(store), "sam");
    }

    static UserSession manager(long store) {
        return new UserSession("Morgan", Role.STORE_MANAGER, false, Set.of(store), "morgan");
    }

    @Override
    public void close() {
        database.close();
    }
}
