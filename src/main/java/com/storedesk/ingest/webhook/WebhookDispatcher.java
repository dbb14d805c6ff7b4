package com.storedesk.ingest.webhook;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.webhook.WebhookEventHandler;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands inbox rows to their platform's handler, one at a time on a thread of its own, so the HTTP
 * answer never waits for the platform's API (platforms give a receiver a few seconds). Rows already
 * recorded survive a stop: {@link #resumePending()} hands them over again at the next start.
 */
public final class WebhookDispatcher implements AutoCloseable {

    /** A row that failed this often waits for polling to bring its change. */
    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookInbox inbox;
    private final Supplier<WebhookHandlers> handlers;
    private final Consumer<List<RetailEvent>> ingest;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-handler");
        thread.setDaemon(true);
        return thread;
    });

    /** @param ingest where fetched events go (the ingest service) */
    public WebhookDispatcher(WebhookInbox inbox, WebhookHandlers handlers, Consumer<List<RetailEvent>> ingest, Clock clock) {
        this(inbox, constant(Objects.requireNonNull(handlers, "handlers")), ingest, clock);
    }

    /** @param handlers asked for each row, so connections changed meanwhile take their deliveries */
    public WebhookDispatcher(WebhookInbox inbox, Supplier<WebhookHandlers> handlers, Consumer<List<RetailEvent>> ingest,
            Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static Supplier<WebhookHandlers> constant(WebhookHandlers handlers) {
        return () -> handlers;
    }

    /** Queues the rows for their handler. */
    public void submit(List<InboxItem> items) {
        for (InboxItem item : items) {
            try {
                worker.execute(() -> handle(item));
            } catch (RejectedExecutionException e) {
                log.debug("Webhook handler stopped; inbox row {} waits for the next start", item.id());
            }
        }
    }

    /** Queues what an earlier run recorded and did not finish. */
    public void resumePending() {
        submit(inbox.pending(MAX_ATTEMPTS));
    }

    private void handle(InboxItem item) {
        try {
            Optional<WebhookEventHandler> handler = handlers.get().find(item);
            if (handler.isEmpty()) {
                inbox.mark(item.id(), InboxStatus.UNHANDLED, null, clock.instant());
                return;
            }
            List<RetailEvent> events = handler.get().fetch(item.object());
            if (!events.isEmpty()) {
                ingest.accept(events);
            }
            inbox.mark(item.id(), InboxStatus.HANDLED, null, clock.instant());
        } catch (ConnectorException e) {
            log.warn("Webhook object {} of {} could not be fetched: {}", item.object().objectId(), item.platform(),
                    e.getMessage());
            markFailed(item, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Handling webhook inbox row {} failed", item.id(), e);
            markFailed(item, e.getClass().getSimpleName());
        }
    }

    private void markFailed(InboxItem item, String reason) {
        try {
            inbox.mark(item.id(), InboxStatus.FAILED, reason, clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not record the failure of webhook inbox row {}", item.id(), e);
        }
    }

    /** Lets the row in hand finish (up to a few seconds); queued rows stay RECEIVED for the next start. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("A webhook handler was still running when the receiver stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
