package com.storedesk.app;

import com.storedesk.audit.AuditTrail;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseInspector;
import com.storedesk.data.FreshnessRepository;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.data.UserRepository;
import com.storedesk.data.facts.StoreDayReader;
import com.storedesk.data.facts.StoreHourHistory;
import com.storedesk.ingest.IngestService;
import com.storedesk.ingest.StoreDataChanges;
import com.storedesk.insight.anomaly.StoreAlerts;
import com.storedesk.insight.dashboard.StoreDashboardService;
import com.storedesk.insight.forecast.ForecastModel;
import com.storedesk.insight.forecast.HistoryForecaster;
import com.storedesk.insight.forecast.SalesForecaster;
import com.storedesk.insight.forecast.UsHolidays;
import com.storedesk.security.AccountSetup;
import com.storedesk.security.SecretHasher;
import com.storedesk.security.SignInService;
import com.storedesk.security.UserAdministration;
import com.storedesk.security.UserSession;
import java.time.Clock;
import java.util.Objects;

/**
 * The composition root: every service is built here, by hand, once, and handed to the
 * screens and CLI commands that need it. Nothing else in StoreDesk looks services up.
 */
public final class AppContext implements AutoCloseable {

    private final AppSetup setup;
    private final Database database;
    private volatile UserSession session;
    private final DatabaseInspector databaseInspector;
    private final StoreRepository stores;
    private final FreshnessRepository freshness;
    private final StoreDataChanges storeDataChanges = new StoreDataChanges();
    private final SyncStateRepository syncState;
    private final IngestService ingest;
    private final DataFeeds feeds;
    private final HistoryForecaster forecasts;
    private final StoreDashboardService dashboards;
    private final AuditTrail audit;
    private final SignInService signIn;
    private final AccountSetup accountSetup;
    private final UserAdministration users;

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
        this.dashboards = new StoreDashboardService(new StoreDayReader(database), forecasts,
                new StoreAlerts(database, forecasts), setup.clock());
        // Temporary: the database audit trail replaces this no-op.
        this.audit = event -> { };
        UserRepository userRows = new UserRepository(database, setup.clock());
        SecretHasher hasher = new SecretHasher();
        this.signIn = new SignInService(userRows, hasher, audit, setup.clock());
        this.accountSetup = new AccountSetup(userRows, hasher, audit);
        this.users = new UserAdministration(userRows, hasher, audit);
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

    /**
     * Who uses StoreDesk through this context: the person signed in to the window, or for the
     * command line and screens built directly in tests, {@link UserSession#unsignedLocal}.
     */
    public UserSession session() {
        return session;
    }

    /** The window's sign-in and sign-out change who the services act for. */
    public void useSession(UserSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Username and password or PIN to a session; the kiosk's list of associates. */
    public SignInService signIn() {
        return signIn;
    }

    /** The first start's administrator. */
    public AccountSetup accountSetup() {
        return accountSetup;
    }

    /** Accounts, roles and store scopes, for administrators. */
    public UserAdministration users() {
        return users;
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
