package com.storedesk.app;

import com.storedesk.data.Database;
import com.storedesk.data.DatabaseInspector;
import com.storedesk.data.FreshnessRepository;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.data.facts.StoreDayReader;
import com.storedesk.data.facts.StoreHourHistory;
import com.storedesk.ingest.IngestService;
import com.storedesk.ingest.StoreDataChanges;
import com.storedesk.insight.anomaly.StoreAlerts;
import com.storedesk.insight.dashboard.StoreDashboardService;
import com.storedesk.insight.district.DistrictService;
import com.storedesk.insight.forecast.ForecastModel;
import com.storedesk.insight.forecast.HistoryForecaster;
import com.storedesk.insight.forecast.SalesForecaster;
import com.storedesk.insight.forecast.UsHolidays;
import com.storedesk.security.UserSession;
import java.time.Clock;

/**
 * The composition root: every service is built here, by hand, once, and handed to the
 * screens and CLI commands that need it. Nothing else in StoreDesk looks services up.
 */
public final class AppContext implements AutoCloseable {

    private final AppSetup setup;
    private final Database database;
    private final UserSession session;
    private final DatabaseInspector databaseInspector;
    private final StoreRepository stores;
    private final FreshnessRepository freshness;
    private final StoreDataChanges storeDataChanges = new StoreDataChanges();
    private final SyncStateRepository syncState;
    private final IngestService ingest;
    private final DataFeeds feeds;
    private final HistoryForecaster forecasts;
    private final StoreDashboardService dashboards;
    private final DistrictService districts;

    private AppContext(AppSetup setup, Database database) {
        this.setup = setup;
        this.database = database;
        this.session = UserSession.unsignedLocal(setup.kiosk());
        this.databaseInspector = new DatabaseInspector(database);
        this.stores = new StoreRepository(database);
        this.freshness = new FreshnessRepository(database);
        this.syncState = new SyncStateRepository(database, setup.clock());
        this.ingest = new IngestService(database, setup.clock(), storeDataChanges);
        this.feeds = new DataFeeds(() -> DemoFeed.connector(syncState, setup.clock(), setup.demoSize(), 1), ingest,
                syncState, stores);
        this.forecasts = new HistoryForecaster(new StoreHourHistory(database), new ForecastModel(new UsHolidays()),
                setup.clock());
        StoreDayReader storeDays = new StoreDayReader(database);
        this.dashboards = new StoreDashboardService(storeDays, forecasts, new StoreAlerts(database, forecasts),
                setup.clock());
        this.districts = new DistrictService(stores, dashboards, storeDays, setup.clock());
    }

    /** Opens (creating and migrating if needed) the database and builds the services on it. Blocking. */
    public static AppContext open(AppSetup setup) {
        return new AppContext(setup, Database.open(setup.databaseLocation(), setup.clock()));
    }

    public AppSetup setup() {
        return setup;
    }

    public Clock clock() {
        return setup.clock();
    }

    public UserSession session() {
        return session;
    }

    public Database database() {
        return database;
    }

    public DatabaseInspector databaseInspector() {
        return databaseInspector;
    }

    public StoreRepository stores() {
        return stores;
    }

    public FreshnessRepository freshness() {
        return freshness;
    }

    /** Where ingest announces committed data and screens listen for it. */
    public StoreDataChanges storeDataChanges() {
        return storeDataChanges;
    }

    /** The one way events reach the database. */
    public IngestService ingest() {
        return ingest;
    }

    public SyncStateRepository syncState() {
        return syncState;
    }

    /** History and live data from this database's connector. */
    public DataFeeds feeds() {
        return feeds;
    }

    /** What a store dashboard shows for a store-day. */
    public StoreDashboardService dashboards() {
        return dashboards;
    }

    /** What the district view shows: every store the user may see on a day, side by side. */
    public DistrictService districts() {
        return districts;
    }

    /** Hourly and daily forecasts of net sales, transactions and traffic per store, from its own history. */
    public SalesForecaster forecasts() {
        return forecasts;
    }

    /** Stops the feeds first, so nothing writes to a closing database. */
    @Override
    public void close() {
        try {
            feeds.close();
        } finally {
            database.close();
        }
    }
}
