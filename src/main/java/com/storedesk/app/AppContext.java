package com.storedesk.app;

import com.storedesk.actions.ActionService;
import com.storedesk.actions.Approvers;
import com.storedesk.actions.Repeating;
import com.storedesk.actions.help.HelpRequests;
import com.storedesk.actions.outbox.Backoff;
import com.storedesk.actions.outbox.Outbox;
import com.storedesk.actions.outbox.OutboxWorker;
import com.storedesk.actions.policy.PolicyService;
import com.storedesk.actions.propose.ClearanceProposer;
import com.storedesk.actions.propose.CountDiscrepancyProposer;
import com.storedesk.actions.propose.PerishableMarkdownProposer;
import com.storedesk.actions.propose.ProposalRound;
import com.storedesk.actions.store.ActionRepository;
import com.storedesk.actions.store.PolicyRepository;
import com.storedesk.assist.AssistGateway;
import com.storedesk.assist.AssistantSetup;
import com.storedesk.assist.CircuitBreaker;
import com.storedesk.assist.ConnectionTest;
import com.storedesk.assist.EnvironmentApiKey;
import com.storedesk.assist.LlmCallAudit;
import com.storedesk.assist.LlmEndpoints;
import com.storedesk.assist.VaultApiKey;
import com.storedesk.assist.copilot.CopilotAsk;
import com.storedesk.assist.copilot.CustomerHistory;
import com.storedesk.assist.copilot.ProductSearch;
import com.storedesk.assist.copilot.StockByStore;
import com.storedesk.assist.knowledge.KnowledgeBase;
import com.storedesk.assist.prompt.PromptRegistry;
import com.storedesk.assist.prompt.PromptRepository;
import com.storedesk.assist.prompt.PromptService;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.audit.AuditQuery;
import com.storedesk.audit.AuditVerifier;
import com.storedesk.audit.DatabaseAuditTrail;
import com.storedesk.config.WebhookSettings;
import com.storedesk.data.ConnectorLedgerRepository;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseInspector;
import com.storedesk.data.FreshnessRepository;
import com.storedesk.data.PosConnectionRepository;
import com.storedesk.data.StoreRepository;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.data.UserRepository;
import com.storedesk.data.facts.CatalogRepository;
import com.storedesk.data.facts.CountCorrectionRepository;
import com.storedesk.data.facts.CustomerFactsRepository;
import com.storedesk.data.facts.ProductFactsRepository;
import com.storedesk.data.facts.StockFactsRepository;
import com.storedesk.data.facts.StoreDayReader;
import com.storedesk.data.facts.StoreHourHistory;
import com.storedesk.data.facts.StoreStockRepository;
import com.storedesk.ingest.IngestService;
import com.storedesk.planogram.store.CheckRepository;
import com.storedesk.planogram.store.PlanogramRepository;
import com.storedesk.planogram.store.PlanogramService;
import com.storedesk.planogram.store.StoreStockOnHand;
import com.storedesk.ingest.StoreDataChanges;
import com.storedesk.ingest.webhook.WebhookInbox;
import com.storedesk.ingest.webhook.WebhookService;
import com.storedesk.insight.anomaly.StoreAlerts;
import com.storedesk.insight.customer.CustomerProfiles;
import com.storedesk.insight.customer.CustomerSearch;
import com.storedesk.insight.basket.BasketInsight;
import com.storedesk.insight.dashboard.StoreDashboardService;
import com.storedesk.insight.district.DistrictService;
import com.storedesk.insight.forecast.ForecastModel;
import com.storedesk.insight.forecast.HistoryForecaster;
import com.storedesk.insight.forecast.SalesForecaster;
import com.storedesk.insight.forecast.UsHolidays;
import com.storedesk.inventory.count.CountService;
import com.storedesk.inventory.count.ToleranceService;
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.WebcamDevices;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.PosConnector;
import com.storedesk.pos.connection.ConnectionService;
import com.storedesk.pos.connection.ConnectionWebhooks;
import com.storedesk.pos.connection.PosConnectors;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.webhook.WebhookSecrets;
import com.storedesk.security.AccountSetup;
import com.storedesk.security.SecretHasher;
import com.storedesk.security.SignInService;
import com.storedesk.security.UserAdministration;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.SecretVault;
import com.storedesk.security.vault.VaultChoice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;

/**
 * The composition root: every service is built here, by hand, once, and handed to the
 * screens and CLI commands that need it. Nothing else in StoreDesk looks services up.
 */
public final class AppContext implements AutoCloseable {

    static final Duration PROPOSAL_PERIOD = Duration.ofMinutes(15);

    private final AppSetup setup;
    private final Database database;
    private volatile UserSession session;
    private final DatabaseInspector databaseInspector;
    private final StoreRepository stores;
    private final FreshnessRepository freshness;
    private final StoreDataChanges storeDataChanges = new StoreDataChanges();
    private final CameraDevices cameras = new WebcamDevices();
    private final SyncStateRepository syncState;
    private final IngestService ingest;
    private final DataFeeds feeds;
    private final HistoryForecaster forecasts;
    private final StoreDashboardService dashboards;
    private final DatabaseAuditTrail audit;
    private final AuditQuery auditQuery;
    private final AuditVerifier auditVerifier;
    private final Runnable settingsAudit;
    private final PolicyService policies;
    private final ActionService actions;
    private final HelpRequests helpRequests;
    private final CountService counts;
    private final ToleranceService countTolerance;
    private final CommandLedger commandLedger;
    private final Outbox outbox;
    /** Looks for actions to propose while live data runs: stock and sales change slowly, so not often. */
    private final Repeating proposalRounds;
    private final ProposalRound proposals;
    private final SignInService signIn;
    private final AccountSetup accountSetup;
    private final UserAdministration users;
    private final DistrictService districts;
    private final CustomerSearch customerSearch;
    private final CustomerProfiles customerProfiles;
    private final BasketInsight basketInsight;
    private final SecretVault vault;
    private final OkHttpClient http;
    private final ConnectionService connections;
    private final PosConnectors posConnectors;
    private final PromptService prompts;
    private final AssistGateway assistant;
    private final ConnectionTest llmConnectionTest;
    private final AssistantSetup assistantSetup;
    private final KnowledgeBase knowledge;
    private final CopilotAsk copilot;
    private final ConnectionWebhooks connectionWebhooks;
    private final WebhookService webhooks;
    private final PlanogramService planograms;

    private AppContext(AppSetup setup, Database database) {
        this.setup = setup;
        this.database = database;
        this.session = UserSession.unsignedLocal(setup.kiosk());
        this.databaseInspector = new DatabaseInspector(database);
        this.stores = new StoreRepository(database);
        this.freshness = new FreshnessRepository(database);
        this.syncState = new SyncStateRepository(database, setup.clock());
        this.ingest = new IngestService(database, setup.clock(), storeDataChanges);
        ConnectorLedgerRepository ledgerRows = new ConnectorLedgerRepository(database);
        this.commandLedger = new CommandLedger() {
            @Override
            public boolean record(String source, String idempotencyKey, String entry, Instant at) {
                return ledgerRows.record(source, idempotencyKey, entry, at);
            }

            @Override
            public List<String> entries(String source) {
                return ledgerRows.entries(source);
            }
        };
        this.audit = new DatabaseAuditTrail(database, setup.clock());
        this.vault = VaultChoice.forHome(setup.appHome());
        this.http = new OkHttpClient();
        Pacing pacing = Pacing.real(setup.clock());
        this.connections = new ConnectionService(new PosConnectionRepository(database), vault, syncState, audit, http,
                pacing);
        this.posConnectors = new PosConnectors(vault, http, pacing, commandLedger);
        this.feeds = new DataFeeds(new ConfiguredFeeds(connections, posConnectors, syncState,
                () -> DemoFeed.connector(syncState, setup.clock(), setup.demoSize(), 1, commandLedger)), ingest,
                syncState, stores, database::compactOnClose, this::startActions);
        connections.whenChanged(feeds::reconnect);
        this.connectionWebhooks = new ConnectionWebhooks(connections, posConnectors);
        // Environment variables add their keys to the connections' (decision 0024).
        this.webhooks = new WebhookService(new WebhookInbox(database), audit, ingest::ingest, setup.clock(),
                connectionWebhooks::routes, WebhookSecrets.fromEnvironment(System::getenv, null));
        connections.whenChanged(webhooks::refresh);
        this.forecasts = new HistoryForecaster(new StoreHourHistory(database), new ForecastModel(new UsHolidays()),
                setup.clock());
        StoreDayReader storeDays = new StoreDayReader(database);
        this.dashboards = new StoreDashboardService(storeDays, forecasts, new StoreAlerts(database, forecasts),
                setup.clock());
        this.districts = new DistrictService(stores, dashboards, storeDays, setup.clock());
        CustomerFactsRepository customerFacts = new CustomerFactsRepository(database);
        this.customerSearch = new CustomerSearch(customerFacts);
        this.customerProfiles = new CustomerProfiles(customerFacts, stores);
        this.basketInsight = new BasketInsight(database, setup.clock());
        this.auditQuery = new AuditQuery(database);
        this.auditVerifier = new AuditVerifier(database);
        this.settingsAudit = setup.settings().listen(new SettingsAudit(audit, this::auditActor));
        this.policies = new PolicyService(new PolicyRepository(database), audit);
        ActionRepository actionRows = new ActionRepository(database);
        this.actions = new ActionService(actionRows, policies, new Approvers(), audit,
                setup.clock(), new ConnectorCapabilities(stores::listStores));
        this.helpRequests = new HelpRequests(actions, actionRows, setup.clock());
        this.countTolerance = new ToleranceService(database, audit, setup.clock());
        this.counts = new CountService(database, stores, actions, audit, setup.clock(), countTolerance::current);
        this.outbox = new Outbox(worker(new ConnectorActions((ConnectorActions.SourceConnector) feeds::execute, stores)));
        StockFactsRepository stock = new StockFactsRepository(database);
        ProductFactsRepository products = new ProductFactsRepository(database);
        this.proposals = new ProposalRound(List.of(new ClearanceProposer(stock, products),
                new PerishableMarkdownProposer(stock, products),
                new CountDiscrepancyProposer(new CountCorrectionRepository(database), products)), actions);
        this.proposalRounds = new Repeating("proposals", PROPOSAL_PERIOD,
                () -> proposals.run(stores.listStores(), setup.clock().instant()));
        UserRepository userRows = new UserRepository(database, setup.clock());
        SecretHasher hasher = new SecretHasher();
        this.signIn = new SignInService(userRows, hasher, audit, setup.clock());
        this.accountSetup = new AccountSetup(userRows, hasher, audit);
        this.users = new UserAdministration(userRows, hasher, audit);
        PromptRepository promptRows = new PromptRepository(database);
        PromptRegistry promptRegistry = new PromptRegistry(new ShippedPrompts(), promptRows);
        this.prompts = new PromptService(promptRegistry, promptRows, audit, setup.clock());
        // The environment's key wins over the one Settings stored, as its address does.
        VaultApiKey storedKey = new VaultApiKey(vault);
        EnvironmentApiKey environmentKey = new EnvironmentApiKey(System.getenv());
        LlmEndpoints endpoints = new LlmEndpoints(() -> setup.settings().current().llm(), System.getenv(),
                () -> environmentKey.apiKey().or(storedKey::apiKey));
        this.assistantSetup = new AssistantSetup(setup.settings(), storedKey, System.getenv(), audit);
        this.assistant = new AssistGateway(promptRegistry, endpoints, new CircuitBreaker(
                CircuitBreaker.DEFAULT_FAILURES_TO_OPEN, CircuitBreaker.DEFAULT_COOL_DOWN, setup.clock()),
                new LlmCallAudit(audit));
        this.llmConnectionTest = new ConnectionTest(assistant, promptRegistry);
        this.knowledge = KnowledgeBase.standard(() -> setup.settings().current().knowledgeFolder(), setup.dataFolder(),
                new CatalogRepository(database)::activeProducts);
        // Products a sync adds or changes are found by the copilot without a restart.
        storeDataChanges.subscribe(change -> {
            if (change.catalogChanged()) {
                knowledge.catalogChanged();
            }
        });
        this.copilot = new CopilotAsk(assistant, new ProductSearch(new CatalogRepository(database)::activeProducts),
                new StockByStore(new StoreStockRepository(database)), new CustomerHistory(customerFacts), knowledge,
                setup.clock());
        this.planograms = new PlanogramService(new PlanogramRepository(database), new CheckRepository(database),
                new StoreStockOnHand(new StoreStockRepository(database)), () -> productNames(database), audit,
                setup.clock());
    }

    private static Map<String, String> productNames(Database database) {
        Map<String, String> names = new HashMap<>();
        new CatalogRepository(database).activeProducts().forEach(product -> names.putIfAbsent(product.sku(),
                product.name()));
        return names;
    }

    /** Opens (creating and migrating if needed) the database and builds the services on it. Blocking. */
    public static AppContext open(AppSetup setup) {
        AppContext context = new AppContext(setup, Database.open(setup.databaseLocation(), setup.clock()));
        try {
            PresetConnection.addIfWaiting(setup.presets(), context.connections, context.vault);
        } catch (RuntimeException e) {
            // The start goes on; the token waits in the vault for the next one.
            LoggerFactory.getLogger(AppContext.class).warn("The pre-set POS connection could not be added", e);
        }
        return context;
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

    /** The copilot's customer look-up: by loyalty card, e-mail, phone or name. */
    public CustomerSearch customerSearch() {
        return customerSearch;
    }

    public CustomerProfiles customerProfiles() {
        return customerProfiles;
    }

    /** What the district view shows: every store the user may see on a day, side by side. */
    public DistrictService districts() {
        return districts;
    }

    /** Next-best-offers for a loyalty member and a sale's receipt summary, from the sales history's baskets. */
    public BasketInsight basketInsight() {
        return basketInsight;
    }

    /** Hourly and daily forecasts of net sales, transactions and traffic per store, from its own history. */
    public SalesForecaster forecasts() {
        return forecasts;
    }

    /** The append-only, hash-chained record of who did what. */
    public DatabaseAuditTrail audit() {
        return audit;
    }

    /** Finds audit entries by user, store, action and time. */
    public AuditQuery auditQuery() {
        return auditQuery;
    }

    public AuditVerifier auditVerifier() {
        return auditVerifier;
    }

    /** Who the audit trail names for what this session does. */
    public String auditActor() {
        return session.auditName();
    }

    /** The approval policy: read by everyone, changed by an administrator. */
    public PolicyService policies() {
        return policies;
    }

    /** Proposed actions: the inbox lists and decides them, the outbox sends them. */
    public ActionService actions() {
        return actions;
    }

    /** An associate calls a manager from the copilot: a help request in the inbox. */
    public HelpRequests helpRequests() {
        return helpRequests;
    }

    /** Cycle counts of a store's locations; differences beyond the tolerance go to the inbox. */
    public CountService counts() {
        return counts;
    }

    /** The cycle-count tolerance in force, changed in Settings by managers and administrators. */
    public ToleranceService countTolerance() {
        return countTolerance;
    }

    /** Sends approved actions to this database's connector; runs while live data does. */
    public Outbox outbox() {
        return outbox;
    }

    /** An outbox sending to {@code connector} instead (the demo run's own), not started. */
    public Outbox outboxFor(PosConnector connector) {
        return new Outbox(worker(new ConnectorActions(connector::execute, stores)));
    }

    /** Stores' POS connections: what administrators configure in Settings. */
    public ConnectionService connections() {
        return connections;
    }

    /** Builds a configured connection's connector (the command line's one-off sync). */
    public PosConnectors posConnectors() {
        return posConnectors;
    }

    /** The webhook receiver: started from Settings, the command line or the app's start. */
    public WebhookService webhooks() {
        return webhooks;
    }

    /**
     * Starts the webhook receiver where Settings says, when it chose "start with StoreDesk" (the window
     * calls this, never the command line). Blocking; a port it cannot take shows in Settings, not here.
     */
    public void startWebhooksIfChosen() {
        WebhookSettings chosen = setup.settings().current().webhooks();
        if (!chosen.startWithApp()) {
            return;
        }
        try {
            webhooks.start(chosen.bindAddress(), chosen.port());
        } catch (RuntimeException e) {
            // The app opens all the same; Settings shows the receiver stopped and can start it again.
            LoggerFactory.getLogger(AppContext.class).error("The webhook receiver could not start with StoreDesk", e);
        }
    }

    /** Which saved connections' webhooks can be verified on this computer. */
    public ConnectionWebhooks connectionWebhooks() {
        return connectionWebhooks;
    }

    /** Which actions connectors have applied, kept in this database. */
    public CommandLedger commandLedger() {
        return commandLedger;
    }

    /** Once live data runs: approved actions go out, and proposers look for new ones. */
    private void startActions() {
        outbox.start();
        proposalRounds.start();
    }

    private OutboxWorker worker(ConnectorActions executor) {
        return new OutboxWorker(actions, executor, Backoff.DEFAULT, setup.clock());
    }

    /** The language model behind the assistant, with masking, fallback and audit; blocking. */
    public AssistGateway assistant() {
        return assistant;
    }

    /** The assistant's prompts: read by all, edited by an administrator. */
    public PromptService prompts() {
        return prompts;
    }

    /** Settings' assistant section: the model's endpoint and key. */
    public AssistantSetup assistantSetup() {
        return assistantSetup;
    }

    /** Settings' test of the model endpoint. */
    public ConnectionTest llmConnectionTest() {
        return llmConnectionTest;
    }

    /** Policies, guides and the catalog for the assistant; built in the background on first use. */
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** The copilot's answers to an associate's questions, with or without a model. */
    public CopilotAsk copilot() {
        return copilot;
    }

    /** Fixtures' planograms, their versions and checks. */
    public PlanogramService planograms() {
        return planograms;
    }

    /** The computer's cameras, for scanning barcodes (webcam-capture; nothing native loads until asked). */
    public CameraDevices cameras() {
        return cameras;
    }

    /** Every proposer over every store: what finds actions to propose. */
    public ProposalRound proposals() {
        return proposals;
    }

    /** Stops the feeds first, so nothing writes to a closing database. */
    @Override
    public void close() {
        settingsAudit.run();
        try {
            // The receiver and the feeds first, so nothing writes to a closing database; a feed's pass
            // waiting for the connector then gets "closing" at once instead of waiting.
            webhooks.close();
            feeds.close();
            outbox.close();
            proposalRounds.close();
            assistant.close();
            knowledge.close();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        } finally {
            database.close();
        }
    }
}
