package com.storedesk.pos.lightspeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RetailEvent;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lightspeed Retail (R-Series) account as a POS, every shop of it a store: its history pulled
 * through API V3 in passes of {@link Phase}s (see {@link SyncCursor}), paced by Lightspeed's leaky
 * bucket ({@link LeakyBucket}) so it rarely has to answer 429.
 *
 * <p>Each history page is one Lightspeed page, mapped completely before it is handed back: a page
 * with anything Lightspeed did not document fails whole ({@code pos.error.malformed}, naming the
 * endpoint), so HistorySync keeps the cursor before it and nothing of the page is ingested. External
 * ids are Lightspeed's own; the source is {@code lightspeed:<accountId>}.
 *
 * <p>Approved prices, stock adjustments and purchase orders are written back
 * ({@link LightspeedWriteBack}), each key once by the {@link CommandLedger}. Nothing is pushed live:
 * the next pass brings new events.
 */
public final class LightspeedConnector implements PosConnector {

    private static final Logger LOG = LoggerFactory.getLogger(LightspeedConnector.class);

    private final String source;
    private final PosHttp http;
    private final LightspeedApi api;
    private final PhaseRequests requests;
    private final LightspeedWriteBack writeBack;
    private final Clock clock;
    private Currency currency;

    /**
     * A connection to Lightspeed with the default retry policy and circuit breaker, its applied keys
     * kept in memory only: for pulls and one-off runs. Write-back that must survive a restart takes
     * the database's ledger ({@link #connect(LightspeedSettings, OkHttpClient, Pacing, CommandLedger)}).
     */
    public static LightspeedConnector connect(LightspeedSettings settings, OkHttpClient client, Pacing pacing) {
        return connect(settings, client, pacing, CommandLedger.inMemory());
    }

    /** A connection to Lightspeed that keeps the keys it applied in {@code ledger}. */
    public static LightspeedConnector connect(LightspeedSettings settings, OkHttpClient client, Pacing pacing,
            CommandLedger ledger) {
        return new LightspeedConnector(settings, client, RetryPolicy.defaults(),
                CircuitBreaker.defaults(pacing.clock()), pacing, ledger);
    }

    /** A shared client's settings with the timeouts a sync wants. */
    public static OkHttpClient client(OkHttpClient shared) {
        return shared.newBuilder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(90)).build();
    }

    public LightspeedConnector(LightspeedSettings settings, OkHttpClient client, RetryPolicy policy,
            CircuitBreaker circuit, Pacing pacing) {
        this(settings, client, policy, circuit, pacing, CommandLedger.inMemory());
    }

    public LightspeedConnector(LightspeedSettings settings, OkHttpClient client, RetryPolicy policy,
            CircuitBreaker circuit, Pacing pacing, CommandLedger ledger) {
        Objects.requireNonNull(settings, "settings");
        this.source = "lightspeed:" + settings.accountId();
        this.clock = pacing.clock();
        // Lightspeed sends Retry-After with its 429s; the bucket headers pace requests before that.
        LeakyBucket bucket = new LeakyBucket();
        Credential token = Credential.bearer(settings.tokens());
        this.http = new PosHttp(client, "Lightspeed", token, policy, circuit, RateLimitWait.RETRY_AFTER, pacing, bucket);
        // A POST that creates an order is not sent twice by the HTTP layer: the outbox sends it again later.
        PosHttp once = new PosHttp(client, "Lightspeed", token, new RetryPolicy(1, policy.firstBackoff(),
                policy.maxBackoff(), policy.longestRateLimitWait()), circuit, RateLimitWait.RETRY_AFTER, pacing, bucket);
        this.api = new LightspeedApi(http, once, settings.baseUrl());
        this.requests = new PhaseRequests(settings.accountId());
        this.writeBack = new LightspeedWriteBack(api, settings.accountId(),
                new AppliedKeys(Objects.requireNonNull(ledger, "ledger"), source, clock), this::currency);
    }

    @Override
    public String source() {
        return source;
    }

    /** Whether Lightspeed is answering, for a status bar. */
    public ConnectionStatus connectionStatus() {
        return http.status();
    }

    @Override
    public synchronized HistoryPage pullHistory(String cursor) throws ConnectorException {
        SyncCursor at = cursorOrFirstPass(cursor).started(clock.instant());
        Currency accountCurrency = currency();
        String path = at.next() != null ? at.next() : requests.first(at);
        JsonNode answer = api.get(at.phase().endpoint, path);
        List<RetailEvent> events;
        String next;
        try {
            if (!answer.path("@attributes").isObject()) {
                throw new MalformedPayload("the answer has no @attributes");
            }
            events = map(at, answer, accountCurrency);
            next = LightspeedApi.nextPage(answer, requests.listing(at.phase()), at.phase().endpoint);
        } catch (MalformedPayload | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw LightspeedApi.malformed(at.phase().endpoint, "answered a page that is not as documented: "
                    + e.getMessage());
        }
        LOG.debug("Lightspeed {} for {}: {} events", at.phase().endpoint, source, events.size());
        SyncCursor following = next != null ? at.nextPage(next) : at.nextPhase();
        if (following == null) {
            return new HistoryPage(events, null, 1.0, at.followingPass().encode());
        }
        return new HistoryPage(events, following.encode(),
                (double) following.phase().ordinal() / Phase.values().length, null);
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

    private List<RetailEvent> map(SyncCursor at, JsonNode answer, Currency accountCurrency)
            throws ConnectorException {
        List<RetailEvent> events = new ArrayList<>();
        List<JsonNode> records = LightspeedJson.elements(answer, at.phase().endpoint);
        switch (at.phase()) {
            case SHOP -> records.forEach(shop -> events.add(ShopMapper.store(source, accountCurrency, shop)));
            case EMPLOYEE -> records.forEach(employee -> events.add(EmployeeMapper.employee(source, employee)));
            case ITEM -> {
                if (at.next() == null) {
                    events.add(ItemMapper.miscellaneous(source, accountCurrency));
                }
                records.forEach(item -> events.add(ItemMapper.product(source, accountCurrency, item)));
            }
            case CUSTOMER -> records.forEach(customer -> events.add(CustomerMapper.customer(source, customer)));
            case ITEM_SHOP -> records.forEach(row -> ItemShopMapper.count(source, row).ifPresent(events::add));
            case SALE -> {
                Map<String, String> saleOfLine = parentSales(records);
                for (JsonNode sale : records) {
                    JsonNode customer = LightspeedJson.relation(sale, "Customer");
                    if (customer.isObject()) {
                        // The customer as of this sale, in case it changed after the customer phase ran.
                        events.add(CustomerMapper.customer(source, customer));
                    }
                    SaleMapper.sale(source, accountCurrency, sale).ifPresent(events::add);
                    events.addAll(ReturnMapper.refunds(source, accountCurrency, sale, saleOfLine));
                }
            }
        }
        return events;
    }

    /** The sale of every line the page's returns give back, asked of Lightspeed a hundred at a time. */
    private Map<String, String> parentSales(List<JsonNode> sales) throws ConnectorException {
        List<String> parents = new ArrayList<>();
        sales.forEach(sale -> ReturnMapper.parentLines(sale).stream().filter(id -> !parents.contains(id))
                .forEach(parents::add));
        Map<String, String> saleOfLine = new HashMap<>();
        for (int from = 0; from < parents.size(); from += PhaseRequests.PAGE) {
            List<String> chunk = parents.subList(from, Math.min(parents.size(), from + PhaseRequests.PAGE));
            JsonNode answer = api.get("SaleLine", requests.saleLines(chunk));
            for (JsonNode line : LightspeedJson.elements(answer, "SaleLine")) {
                saleOfLine.put(LightspeedJson.text(line, "saleLineID", "sale line"),
                        LightspeedJson.text(line, "saleID", "sale line"));
            }
        }
        return saleOfLine;
    }

    /** The account's default currency, every shop's, asked once per connector. */
    private synchronized Currency currency() throws ConnectorException {
        if (currency == null) {
            JsonNode account = api.get("Account", requests.account());
            try {
                String code = LightspeedJson.text(account.path("defaultCurrency"), "code", "account defaultCurrency");
                currency = Currency.getInstance(code);
            } catch (MalformedPayload | IllegalArgumentException e) {
                throw LightspeedApi.malformed("Account", "answered without a known default currency");
            }
        }
        return currency;
    }

    /** Nothing is pushed: the next history pass brings new events. */
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
