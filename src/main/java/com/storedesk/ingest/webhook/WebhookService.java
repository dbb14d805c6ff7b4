package com.storedesk.ingest.webhook;

import com.storedesk.audit.AuditTrail;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.webhook.WebhookKey;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.pos.webhook.WebhookSecrets;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook receiver as the application runs it: started and stopped on request (Settings, the
 * command line, the app's start), checking deliveries against the saved connections' keys and the
 * environment's, and taking up changed connections while it listens. Blocking where it binds or
 * reads the vault: call {@link #start} and {@link #stop} off the FX thread.
 */
public final class WebhookService implements AutoCloseable {

    public enum State { STOPPED, LISTENING, FAILED }

    /** Why the receiver could not listen. */
    public enum Problem { PORT_IN_USE, NO_PERMISSION, UNKNOWN_ADDRESS, OTHER }

    /**
     * Where the receiver stands.
     *
     * @param port the port it listens on (the one it got, when asked for 0), or the one it failed to take
     * @param problem why it failed; null unless {@link State#FAILED}
     */
    public record Status(State state, String bindAddress, int port, Problem problem, DeliveryTally.Counts counts) {
        static final Status STOPPED = new Status(State.STOPPED, null, 0, null, DeliveryTally.Counts.NONE);
    }

    /** The code of Clover's one-time handshake, and when it came, for the administrator to paste into Clover. */
    public record CloverHandshake(String code, Instant receivedAt) {
        public CloverHandshake {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);

    private final WebhookInbox inbox;
    private final AuditTrail audit;
    private final Consumer<List<RetailEvent>> ingest;
    private final Clock clock;
    private final Supplier<WebhookRoutes> routes;
    private final WebhookSecrets environment;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-routes");
        thread.setDaemon(true);
        return thread;
    });

    private volatile WebhookRoutes current = WebhookRoutes.NONE;
    private final Object statusLock = new Object();
    private volatile Status status = Status.STOPPED;
    private volatile Running running;
    /** Kept in memory only: the handshake is answered at once, and Clover sends a new code on request. */
    private volatile CloverHandshake cloverHandshake;

    private record Running(WebhookServer server, WebhookDispatcher dispatcher, WebhookReceiver receiver,
            Runnable stopCounting) {
    }

    /**
     * @param routes the saved connections' keys and handlers, read again when they change (blocking)
     * @param environment keys from environment variables, checked after the connections' (they add)
     */
    public WebhookService(WebhookInbox inbox, AuditTrail audit, Consumer<List<RetailEvent>> ingest, Clock clock,
            Supplier<WebhookRoutes> routes, WebhookSecrets environment) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Listens on {@code bindAddress}:{@code port} (0: any free port), stopping a receiver already
     * running first. A failure to bind is not thrown: the status says why.
     *
     * @param cloverCodes told each code of Clover's one-time handshake
     */
    public Status start(String bindAddress, int port, Consumer<String> cloverCodes) {
        return start(bindAddress, port, environment, cloverCodes);
    }

    /** As {@link #start(String, int, Consumer)}, Clover's code kept for {@link #cloverHandshake()} only. */
    public Status start(String bindAddress, int port) {
        return start(bindAddress, port, environment, code -> { });
    }

    /** The last code of Clover's one-time handshake this run received, if any. */
    public Optional<CloverHandshake> cloverHandshake() {
        return Optional.ofNullable(cloverHandshake);
    }

    /**
     * As {@link #start(String, int, Consumer)}, with {@code environment}'s keys instead of those given
     * when built (the command line's, with its {@code --square-url}).
     */
    public synchronized Status start(String bindAddress, int port, WebhookSecrets environment,
            Consumer<String> cloverCodes) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("A port is 0 to 65535");
        }
        stopRunning();
        current = routes.get();
        WebhookSecrets environmentNow = WebhookSecrets.snapshot(lenient(environment));
        WebhookDispatcher dispatcher = new WebhookDispatcher(inbox, () -> current.handlers(), ingest, clock);
        WebhookSecrets keys = platform -> current.secrets().and(environmentNow).keys(platform);
        WebhookReceiver receiver = new WebhookReceiver(keys, inbox, dispatcher, audit, code -> {
            cloverHandshake = new CloverHandshake(code, clock.instant());
            listeners.forEach(Runnable::run);
            cloverCodes.accept(code);
        }, clock);
        InetSocketAddress address = new InetSocketAddress(bindAddress, port);
        if (address.isUnresolved()) {
            dispatcher.close();
            return fail(bindAddress, port, Problem.UNKNOWN_ADDRESS);
        }
        WebhookServer server;
        try {
            server = WebhookServer.start(address, receiver, WebhookServer.DEFAULT_MAX_BODY_BYTES);
        } catch (IOException | RuntimeException e) {
            dispatcher.close();
            log.warn("The webhook receiver cannot listen on {}:{}: {}", bindAddress, port, e.getMessage());
            return fail(bindAddress, port, problem(e));
        }
        Runnable stopCounting = receiver.tally().listen(this::counted);
        running = new Running(server, dispatcher, receiver, stopCounting);
        dispatcher.resumePending();
        log.info("Webhook receiver listening on {}:{}", bindAddress, server.port());
        return publish(new Status(State.LISTENING, bindAddress, server.port(), null, DeliveryTally.Counts.NONE));
    }

    /** Stops listening; deliveries recorded and not yet fetched are fetched at the next start. */
    public synchronized Status stop() {
        if (running == null && status.state() == State.STOPPED) {
            return status;
        }
        stopRunning();
        log.info("Webhook receiver stopped");
        return publish(Status.STOPPED);
    }

    public Status status() {
        return status;
    }

    /** Runs {@code listener} after each change of status or count, on the thread that changed it. */
    public Runnable listen(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /**
     * Reads the connections' keys and handlers again, on a thread of its own, so a connection saved or
     * removed takes effect without a restart; listeners hear of it when done.
     */
    public void refresh() {
        try {
            refresher.execute(() -> {
                synchronized (this) {
                    if (running != null) {
                        try {
                            current = routes.get();
                        } catch (RuntimeException e) {
                            log.error("Could not read the connections' webhook keys again; the previous ones stay", e);
                        }
                    }
                }
                listeners.forEach(Runnable::run);
            });
        } catch (RejectedExecutionException e) {
            log.debug("Webhook receiver closed; connections are read at its next start");
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        synchronized (this) {
            stopRunning();
            synchronized (statusLock) {
                status = Status.STOPPED;
            }
        }
    }

    private void stopRunning() {
        Running stopping = running;
        running = null;
        if (stopping != null) {
            stopping.stopCounting().run();
            stopping.server().close();
            stopping.dispatcher().close();
        }
        current = WebhookRoutes.NONE;
    }

    /** A delivery was counted, on an HTTP thread: not under the start/stop lock, which waits for those threads. */
    private void counted() {
        synchronized (statusLock) {
            Status now = status;
            Running receiving = running;
            if (now.state() != State.LISTENING || receiving == null) {
                return;
            }
            status = new Status(now.state(), now.bindAddress(), now.port(), null, receiving.receiver().tally().counts());
        }
        listeners.forEach(Runnable::run);
    }

    private Status fail(String bindAddress, int port, Problem problem) {
        return publish(new Status(State.FAILED, bindAddress, port, problem, DeliveryTally.Counts.NONE));
    }

    private Status publish(Status next) {
        synchronized (statusLock) {
            status = next;
        }
        listeners.forEach(Runnable::run);
        return next;
    }

    /** The environment's keys, a Square key without its URL left out (and logged) instead of failing every start. */
    private static WebhookSecrets lenient(WebhookSecrets environment) {
        return platform -> {
            try {
                return environment.keys(platform);
            } catch (IllegalStateException e) {
                log.warn("{} webhook key in the environment ignored: {}", platform.id(), e.getMessage());
                return List.<WebhookKey>of();
            }
        };
    }

    static Problem problem(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof BindException && message.contains("in use")) {
            return Problem.PORT_IN_USE;
        }
        if (message.contains("permission") || message.contains("access")) {
            return Problem.NO_PERMISSION;
        }
        if (message.contains("assign") || message.contains("unresolved")) {
            return Problem.UNKNOWN_ADDRESS;
        }
        return Problem.OTHER;
    }

    /** Platforms with at least one key now (the connections' or the environment's), for status and the CLI. */
    public List<WebhookPlatform> servedPlatforms() {
        Running receiving = running;
        return receiving == null ? List.of() : Arrays.stream(WebhookPlatform.values())
                .filter(receiving.receiver()::serves).toList();
    }
}
