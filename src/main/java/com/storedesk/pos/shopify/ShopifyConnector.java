package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.HistoryPage;
import com.storedesk.pos.LiveSubscription;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PayloadFields;
import com.storedesk.pos.PosConnector;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.ConnectionStatus;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.PosHttp;
import com.storedesk.pos.http.RetryPolicy;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookFetching;
import com.storedesk.pos.webhook.WebhookPlatform;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Shopify location as a POS: its history pulled through Shopify's GraphQL Admin API in passes
 * of {@link Phase}s (see {@link SyncCursor}; decision 0016), approved stock adjustments and price
 * changes written back ({@link ShopifyWriteBack}).
 *
 * <p>Each history page is one Shopify page, mapped completely before it is handed back: a page
 * with anything Shopify did not document fails as a whole ({@code pos.error.malformed}, naming the
 * query), so HistorySync keeps the cursor before it and nothing of the page is ingested. External
 * ids are Shopify's GIDs; the source is {@code shopify:<shop>}.
 *
 * <p>Staff need the {@code read_users} scope, which only some plans grant: without it the staff
 * phase delivers nobody and sales name no cashier.
 *
 * <p>Webhooks are fetched through the same queries and mappers ({@link ShopifyWebhookFetch}).
 */
public final class ShopifyConnector implements PosConnector, WebhookFetching {

    private static final Logger LOG = LoggerFactory.getLogger(ShopifyConnector.class);

    private final ShopifySettings settings;
    private final String source;
    private final PosHttp http;
    private final PhaseQueries queries;
    private final OrderRemainder remainder;
    private final ShopifyWriteBack writeBack;
    private final ShopifyWebhookFetch webhookFetch;
    private final Clock clock;
    private Currency shopCurrency;

    /** A connection to Shopify with the default retry policy and circuit breaker. */
    public static ShopifyConnector connect(ShopifySettings settings, OkHttpClient client, Pacing pacing) {
        return new ShopifyConnector(settings, client, RetryPolicy.defaults(), CircuitBreaker.defaults(pacing.clock()),
                pacing);
    }

    /** A shared client's settings with the timeouts a sync wants. */
    public static OkHttpClient client(OkHttpClient shared) {
        return shared.newBuilder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(90)).build();
    }

    public ShopifyConnector(ShopifySettings settings, OkHttpClient client, RetryPolicy policy, CircuitBreaker circuit,
            Pacing pacing) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.source = "shopify:" + settings.shop();
        this.clock = pacing.clock();
        this.http = new PosHttp(client, "Shopify", Credential.header("X-Shopify-Access-Token", settings.accessToken()),
                policy, circuit, new ShopifyThrottle(), pacing);
        ShopifyApi api = new ShopifyApi(http, settings.endpoint(), new QueryBudget(pacing));
        this.queries = new PhaseQueries(api, settings);
        this.remainder = new OrderRemainder(api);
        this.writeBack = new ShopifyWriteBack(api, settings.locationId());
        this.webhookFetch = new ShopifyWebhookFetch(api, settings, source, this::shopCurrency);
    }

    @Override
    public String source() {
        return source;
    }

    /** The location's number: each location of a shop keeps its own cursor (decision 0033). */
    @Override
    public String syncScope() {
        return settings.locationNumber();
    }

    /** Only at its own location: stock is adjusted there, and each location of a shop has a connector. */
    @Override
    public boolean appliesAt(String storeExternalId) {
        return settings.locationId().equals(storeExternalId);
    }

    @Override
    public WebhookPlatform webhookPlatform() {
        return WebhookPlatform.SHOPIFY;
    }

    /** Fetches what a verified Shopify webhook names, through this connection. */
    @Override
    public WebhookEventHandler webhookHandler() {
        return webhookFetch;
    }

    /** Whether Shopify is answering, for a status bar. */
    public ConnectionStatus connectionStatus() {
        return http.status();
    }

    @Override
    public synchronized HistoryPage pullHistory(String cursor) throws ConnectorException {
        SyncCursor at = cursorOrFirstPass(cursor).started(clock.instant());
        JsonNode data;
        try {
            data = queries.fetch(at);
        } catch (ShopifyRefusal refusal) {
            if (at.phase() != Phase.STAFF || !refusal.has("ACCESS_DENIED")) {
                throw refusal;
            }
            LOG.info("Shopify does not let {} read staff (no read_users scope); sales will name no cashier", source);
            return page(at, List.of(), null);
        }
        List<RetailEvent> events;
        String endCursor;
        try {
            if (at.phase() == Phase.ORDERS) {
                remainder.complete(data);
            }
            events = map(at, data);
            endCursor = endCursor(at.phase(), data);
        } catch (MalformedPayload | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw ShopifyApi.malformed(at.phase().operation, "answered a page that is not as documented: "
                    + e.getMessage(), null);
        }
        return page(at, events, endCursor);
    }

    private HistoryPage page(SyncCursor at, List<RetailEvent> events, String endCursor) {
        SyncCursor next = endCursor != null ? at.nextPage(endCursor) : at.nextPhase();
        LOG.debug("Shopify {} for {}: {} events", at.phase().operation, source, events.size());
        if (next == null) {
            return new HistoryPage(events, null, 1.0, at.followingPass().encode());
        }
        return new HistoryPage(events, next.encode(), (double) next.phase().ordinal() / Phase.values().length, null);
    }

    private SyncCursor cursorOrFirstPass(String cursor) {
        if (cursor == null) {
            return SyncCursor.firstPass(clock.instant());
        }
        try {
            return SyncCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            LOG.warn("The saved cursor of {} is not one this connector writes; pulling all history again", source);
            return SyncCursor.firstPass(clock.instant());
        }
    }

    private List<RetailEvent> map(SyncCursor at, JsonNode data) throws ConnectorException {
        List<RetailEvent> events = new ArrayList<>();
        switch (at.phase()) {
            case LOCATION -> {
                StoreUpserted store = LocationMapper.store(source, data);
                shopCurrency = store.currency();
                events.add(store);
            }
            case STAFF -> connection(data, "staffMembers")
                    .forEach(member -> events.add(StaffMapper.employee(source, member)));
            case PRODUCTS -> {
                VariantMapper variants = new VariantMapper(source, shopCurrency());
                if (at.page() == null) {
                    events.addAll(variants.standIns());
                }
                connection(data, "productVariants").forEach(variant -> events.add(variants.product(variant)));
            }
            case CUSTOMERS -> connection(data, "customers")
                    .forEach(customer -> events.add(CustomerMapper.customer(source, customer)));
            case INVENTORY -> connection(PayloadFields.object(data, "location", "InventoryLevels"), "inventoryLevels")
                    .forEach(level -> InventoryMapper.count(source, settings.locationId(), level).ifPresent(events::add));
            case ORDERS -> {
                for (JsonNode order : connection(data, "orders")) {
                    SaleMapper.sale(source, settings.locationId(), order).ifPresent(sale -> {
                        events.add(sale);
                        events.addAll(RefundMapper.refunds(source, settings.locationId(), order));
                    });
                }
            }
        }
        return events;
    }

    private static List<JsonNode> connection(JsonNode data, String field) {
        return ShopifyJson.nodes(data, field, field);
    }

    /** Shopify's cursor for the phase's next page; null on its last page. */
    private static String endCursor(Phase phase, JsonNode data) {
        JsonNode connection = switch (phase) {
            case LOCATION -> null;
            case STAFF -> data.path("staffMembers");
            case PRODUCTS -> data.path("productVariants");
            case CUSTOMERS -> data.path("customers");
            case INVENTORY -> data.path("location").path("inventoryLevels");
            case ORDERS -> data.path("orders");
        };
        if (connection == null) {
            return null;
        }
        JsonNode pageInfo = PayloadFields.object(connection, "pageInfo", phase.operation);
        if (!pageInfo.path("hasNextPage").asBoolean(false)) {
            return null;
        }
        return PayloadFields.text(pageInfo, "endCursor", phase.operation + " pageInfo");
    }

    /** The shop's currency, asked of Shopify when a resumed pass starts after the location phase. */
    private Currency shopCurrency() throws ConnectorException {
        if (shopCurrency == null) {
            shopCurrency = LocationMapper.store(source, queries.location()).currency();
        }
        return shopCurrency;
    }

    /** Nothing is pushed: webhooks and the next history pass bring new events. */
    @Override
    public LiveSubscription subscribeLive(Consumer<List<RetailEvent>> sink) {
        Objects.requireNonNull(sink, "sink");
        return () -> { };
    }

    @Override
    public ExecutionResult execute(ActionCommand command) throws ConnectorException {
        return writeBack.execute(command);
    }

    @Override
    public void close() {
        // OkHttp's connections and threads belong to the shared client.
    }
}
