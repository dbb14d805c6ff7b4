package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RetailEvent;
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
 * One Square location as a POS: its history pulled through Square's REST API in passes of
 * {@link Phase}s (see {@link SyncCursor} for what the cursor holds), approved price changes and
 * stock adjustments written back ({@link SquareWriteBack}).
 *
 * <p>Each history page is one Square page, mapped completely before it is handed back: a page
 * with anything Square did not document fails as a whole ({@code pos.error.malformed}, naming the
 * endpoint), so HistorySync keeps the cursor before it and nothing of the page is ingested.
 * External ids are Square's own; the source is {@code square:<locationId>}.
 *
 * <p>Live events are not pushed by this connector: webhooks and the next pass bring them.
 */
public final class SquareConnector implements PosConnector, WebhookFetching {

    private static final Logger LOG = LoggerFactory.getLogger(SquareConnector.class);

    private final SquareSettings settings;
    private final String source;
    private final PosHttp http;
    private final PhaseRequests requests;
    private final SquareWriteBack writeBack;
    private final SquareWebhookFetch webhookFetch;
    private final Clock clock;
    private Currency storeCurrency;

    /** A connection to Square with the default retry policy and circuit breaker. */
    public static SquareConnector connect(SquareSettings settings, OkHttpClient client, Pacing pacing) {
        return new SquareConnector(settings, client, RetryPolicy.defaults(), CircuitBreaker.defaults(pacing.clock()),
                pacing);
    }

    /** A shared client's settings with the timeouts a sync wants. */
    public static OkHttpClient client(OkHttpClient shared) {
        return shared.newBuilder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(90)).build();
    }

    public SquareConnector(SquareSettings settings, OkHttpClient client, RetryPolicy policy, CircuitBreaker circuit,
            Pacing pacing) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.source = "square:" + settings.locationId();
        this.clock = pacing.clock();
        // Square documents no Retry-After on its 429s; the standard header is honoured when sent, else backoff.
        this.http = new PosHttp(client, "Square", Credential.bearer(settings.accessToken()), policy, circuit,
                RateLimitWait.RETRY_AFTER, pacing);
        SquareApi api = new SquareApi(http, settings.baseUrl());
        this.requests = new PhaseRequests(api, settings.locationId());
        this.writeBack = new SquareWriteBack(api, settings.locationId(), clock);
        this.webhookFetch = new SquareWebhookFetch(api, settings.locationId(), source, clock);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public WebhookPlatform webhookPlatform() {
        return WebhookPlatform.SQUARE;
    }

    /** Fetches what a verified Square notification names, through this connection. */
    @Override
    public WebhookEventHandler webhookHandler() {
        return webhookFetch;
    }

    /** Whether Square is answering, for a status bar. */
    public ConnectionStatus connectionStatus() {
        return http.status();
    }

    @Override
    public synchronized HistoryPage pullHistory(String cursor) throws ConnectorException {
        SyncCursor at = cursorOrFirstPass(cursor).started(clock.instant());
        try {
            return page(at);
        } catch (SquareRefusal refusal) {
            if (at.page() == null || !refusal.has("INVALID_CURSOR")) {
                throw refusal;
            }
            // Square cursors expire; the phase's query from its start delivers nothing new twice that ingest keeps twice.
            LOG.warn("Square forgot the cursor of {} for {}; that phase starts again", at.phase().endpoint, source);
            return page(at.restartPhase());
        }
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

    private HistoryPage page(SyncCursor at) throws ConnectorException {
        JsonNode answer = requests.fetch(at);
        List<RetailEvent> events;
        String squareCursor;
        try {
            events = map(at, answer);
            squareCursor = PayloadFields.optionalText(answer, "cursor");
        } catch (MalformedPayload | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw SquareApi.malformed(at.phase().endpoint, "answered a page that is not as documented: "
                    + e.getMessage(), null);
        }
        SyncCursor next = squareCursor != null ? at.nextPage(squareCursor) : at.nextPhase();
        LOG.debug("Square {} for {}: {} events", at.phase().endpoint, source, events.size());
        if (next == null) {
            return new HistoryPage(events, null, 1.0, at.followingPass().encode());
        }
        return new HistoryPage(events, next.encode(), (double) next.phase().ordinal() / Phase.values().length, null);
    }

    private List<RetailEvent> map(SyncCursor at, JsonNode answer) throws ConnectorException {
        List<RetailEvent> events = new ArrayList<>();
        switch (at.phase()) {
            case LOCATION -> {
                var store = LocationMapper.store(source, PayloadFields.object(answer, "location", "RetrieveLocation"));
                storeCurrency = store.currency();
                events.add(store);
            }
            case TEAM -> PayloadFields.array(answer, "team_members")
                    .forEach(member -> events.add(TeamMemberMapper.employee(source, settings.locationId(), member)));
            case CATALOG -> {
                CatalogMapper catalog = new CatalogMapper(source, settings.locationId(), storeCurrency());
                if (at.page() == null) {
                    events.addAll(catalog.standIns());
                }
                events.addAll(catalog.products(answer));
            }
            case CUSTOMERS -> PayloadFields.array(answer, "customers")
                    .forEach(customer -> events.add(CustomerMapper.customer(source, customer)));
            case INVENTORY -> PayloadFields.array(answer, "counts")
                    .forEach(count -> InventoryMapper.count(source, settings.locationId(), count).ifPresent(events::add));
            case ORDERS -> {
                for (JsonNode order : PayloadFields.array(answer, "orders")) {
                    events.addAll(OrderEvents.of(source, order));
                }
            }
        }
        return events;
    }

    /** The location's currency, asked of Square when a resumed pass starts after the location phase. */
    private Currency storeCurrency() throws ConnectorException {
        if (storeCurrency == null) {
            JsonNode answer = requests.location();
            storeCurrency = LocationMapper.store(source, PayloadFields.object(answer, "location", "RetrieveLocation"))
                    .currency();
        }
        return storeCurrency;
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
