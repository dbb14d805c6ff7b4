package com.storedesk.pos.clover;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StoreUpserted;
import com.storedesk.pos.ActionCommand;
import com.storedesk.pos.AppliedKeys;
import com.storedesk.pos.CommandLedger;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.ExecutionResult;
import com.storedesk.pos.HistoryPage;
import com.storedesk.pos.LiveSubscription;
import com.storedesk.pos.MalformedPayload;
import com.storedesk.pos.PosConnector;
import com.storedesk.pos.http.CircuitBreaker;
import com.storedesk.pos.http.ConnectionStatus;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.http.PosHttp;
import com.storedesk.pos.http.RateLimitWait;
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
 * One Clover merchant as a POS (one store): its history pulled through the REST API v3 in passes of
 * {@link Phase}s, orders in windows of at most 90 days (see {@link SyncCursor}).
 *
 * <p>Each history page is one Clover page, mapped completely before it is handed back: a page with
 * anything Clover did not document fails whole ({@code pos.error.malformed}, naming the endpoint), so
 * HistorySync keeps the cursor before it and nothing of the page is ingested. External ids are
 * Clover's own; the source is {@code clover:<merchantId>}. Clover's rate limits (per app, per token,
 * concurrent) answer 429 with {@code Retry-After}, which the HTTP layer waits out; one sync thread per
 * merchant stays below the concurrent limit.
 *
 * <p>Approved prices and stock adjustments are written back ({@link CloverWriteBack}), each key once
 * by the {@link CommandLedger}. Nothing is pushed live: the next pass brings new events.
 */
public final class CloverConnector implements PosConnector, WebhookFetching {

    private static final Logger LOG = LoggerFactory.getLogger(CloverConnector.class);

    private final CloverSettings settings;
    private final String source;
    private final PosHttp http;
    private final CloverApi api;
    private final PhaseRequests requests;
    private final CloverWebhookFetch webhookFetch;
    private final CloverWriteBack writeBack;
    private final Clock clock;
    private Currency currency;

    /**
     * A connection to Clover with the default retry policy and circuit breaker, its applied keys kept
     * in memory only: for pulls and one-off runs. Write-back that must survive a restart takes the
     * database's ledger ({@link #connect(CloverSettings, OkHttpClient, Pacing, CommandLedger)}).
     */
    public static CloverConnector connect(CloverSettings settings, OkHttpClient client, Pacing pacing) {
        return connect(settings, client, pacing, CommandLedger.inMemory());
    }

    /** A connection to Clover that keeps the keys it applied in {@code ledger}. */
    public static CloverConnector connect(CloverSettings settings, OkHttpClient client, Pacing pacing,
            CommandLedger ledger) {
        return new CloverConnector(settings, client, RetryPolicy.defaults(), CircuitBreaker.defaults(pacing.clock()),
                pacing, ledger);
    }

    /** A shared client's settings with the timeouts a sync wants. */
    public static OkHttpClient client(OkHttpClient shared) {
        return shared.newBuilder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(90)).build();
    }

    public CloverConnector(CloverSettings settings, OkHttpClient client, RetryPolicy policy, CircuitBreaker circuit,
            Pacing pacing) {
        this(settings, client, policy, circuit, pacing, CommandLedger.inMemory());
    }

    public CloverConnector(CloverSettings settings, OkHttpClient client, RetryPolicy policy, CircuitBreaker circuit,
            Pacing pacing, CommandLedger ledger) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.source = "clover:" + settings.merchantId();
        this.clock = pacing.clock();
        this.http = new PosHttp(client, "Clover", Credential.bearer(settings.accessToken()), policy, circuit,
                RateLimitWait.RETRY_AFTER, pacing);
        this.api = new CloverApi(http);
        this.requests = new PhaseRequests(settings.baseUrl(), settings.merchantId(), settings.pageSize());
        this.webhookFetch = new CloverWebhookFetch(api, settings, source, this::currency, clock);
        this.writeBack = new CloverWriteBack(api, settings.baseUrl(), settings.merchantId(),
                new AppliedKeys(Objects.requireNonNull(ledger, "ledger"), source, clock));
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public WebhookPlatform webhookPlatform() {
        return WebhookPlatform.CLOVER;
    }

    /** Fetches what a verified Clover delivery names, through this connection ({@link CloverWebhookFetch}). */
    @Override
    public WebhookEventHandler webhookHandler() {
        return webhookFetch;
    }

    /** Whether Clover is answering, for a status bar. */
    public ConnectionStatus connectionStatus() {
        return http.status();
    }

    @Override
    public synchronized HistoryPage pullHistory(String cursor) throws ConnectorException {
        SyncCursor at = cursorOrFirstPass(cursor).started(clock.instant());
        if (at.phase() == Phase.ORDERS && at.window() == null) {
            at = at.withWindow(at.since() != null ? at.since() : at.until().minus(settings.history()));
        }
        JsonNode answer = api.get(at.phase().endpoint, requests.url(at));
        List<RetailEvent> events;
        SyncCursor next;
        try {
            List<JsonNode> elements = at.phase() == Phase.MERCHANT ? List.of(answer) : elements(answer);
            events = map(at, elements);
            next = next(at, elements);
        } catch (MalformedPayload | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw CloverApi.malformed(at.phase().endpoint, "answered a page that is not as documented: "
                    + e.getMessage());
        }
        LOG.debug("Clover {} for {}: {} events", at.phase().endpoint, source, events.size());
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

    private static List<JsonNode> elements(JsonNode answer) {
        if (!answer.path("elements").isArray()) {
            throw new MalformedPayload("the answer has no elements");
        }
        List<JsonNode> elements = new ArrayList<>();
        answer.path("elements").forEach(elements::add);
        return elements;
    }

    private List<RetailEvent> map(SyncCursor at, List<JsonNode> elements) throws ConnectorException {
        List<RetailEvent> events = new ArrayList<>();
        String merchant = settings.merchantId();
        switch (at.phase()) {
            case MERCHANT -> {
                StoreUpserted store = MerchantMapper.store(source, elements.get(0));
                currency = store.currency();
                events.add(store);
            }
            case EMPLOYEES -> elements.forEach(e -> events.add(EmployeeMapper.employee(source, merchant, e)));
            case ITEMS -> {
                Currency merchantCurrency = currency();
                if (at.lower() == null && at.skip() == 0) {
                    events.add(ItemMapper.customAmount(source, merchantCurrency));
                }
                elements.forEach(item -> events.add(ItemMapper.product(source, merchantCurrency, item)));
            }
            case CUSTOMERS -> elements.forEach(customer -> events.add(CustomerMapper.customer(source, customer)));
            case STOCK -> elements.forEach(stock -> events.add(StockMapper.count(source, merchant, at.until(), stock)));
            case ORDERS -> {
                for (JsonNode order : elements) {
                    SaleRecorded sale = OrderMapper.sale(source, merchant, order).orElse(null);
                    if (sale != null) {
                        events.add(sale);
                    }
                    events.addAll(RefundMapper.refunds(source, merchant, order, sale));
                }
            }
        }
        return events;
    }

    /** Where the next page starts: further along this listing, the next order window, or the next phase. */
    private SyncCursor next(SyncCursor at, List<JsonNode> elements) {
        if (at.phase() == Phase.MERCHANT || elements.size() < requests.pageSize()) {
            return at.afterListing();
        }
        if (!at.phase().byModifiedTime()) {
            return at.nextPage(null, at.skip() + elements.size());
        }
        long last = CloverJson.number(elements.get(elements.size() - 1), "modifiedTime", at.phase().endpoint);
        int atLast = (int) elements.stream()
                .filter(e -> CloverJson.number(e, "modifiedTime", at.phase().endpoint) == last).count();
        Long lower = PhaseRequests.lowerBound(at);
        return at.nextPage(last, lower != null && lower == last ? at.skip() + atLast : atLast);
    }

    /** The merchant's currency, asked of Clover when a resumed pass starts after the merchant phase. */
    private Currency currency() throws ConnectorException {
        if (currency == null) {
            SyncCursor merchant = new SyncCursor(Phase.MERCHANT, null, clock.instant(), null, null, 0);
            JsonNode answer = api.get(Phase.MERCHANT.endpoint, requests.url(merchant));
            try {
                currency = MerchantMapper.store(source, answer).currency();
            } catch (MalformedPayload e) {
                throw CloverApi.malformed(Phase.MERCHANT.endpoint, "answered without a known currency");
            }
        }
        return currency;
    }

    /** Nothing is pushed: webhooks and the next history pass bring new events. */
    @Override
    public LiveSubscription subscribeLive(Consumer<List<RetailEvent>> sink) {
        Objects.requireNonNull(sink, "sink");
        return () -> { };
    }

    @Override
    public synchronized ExecutionResult execute(ActionCommand command) throws ConnectorException {
        return writeBack.execute(command);
    }

    @Override
    public void close() {
        // OkHttp's connections and threads belong to the shared client.
    }
}
