package com.storedesk.ingest.webhook;

import com.storedesk.pos.webhook.DeliveryHeaders;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiver over HTTP, on the JDK's own server (no extra dependency for a handful of POSTs): one
 * path per platform ({@code /webhooks/square}...), POST only, bodies up to a limit. Whatever a request
 * holds, it gets an answer and the server keeps running: 404 unknown path, 405 not POST, 413 too large,
 * 400 unreadable, 401 not authentic, 500 when the database fails (the platform sends it again).
 */
public final class WebhookServer implements AutoCloseable {

    /** Far above any real delivery (Shopify's largest orders are tens of KB). */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    private static final int THREADS = 4;
    /** A request whose headers take longer than this is cut off, so slow senders cannot hold the threads. */
    private static final String MAX_REQUEST_SECONDS = "30";

    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);

    private final HttpServer server;
    private final ExecutorService threads;
    private final WebhookReceiver receiver;
    private final int maxBodyBytes;
    /** Exchanges being answered; closing waits for them itself, as the JDK's stop(delay) waits out its whole delay. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closing;

    private WebhookServer(HttpServer server, ExecutorService threads, WebhookReceiver receiver, int maxBodyBytes) {
        this.server = server;
        this.threads = threads;
        this.receiver = receiver;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Listens on {@code address} (port 0: any free port, see {@link #port()}).
     *
     * @throws IOException when the address cannot be bound (port in use, no permission)
     */
    public static WebhookServer start(InetSocketAddress address, WebhookReceiver receiver, int maxBodyBytes)
            throws IOException {
        Objects.requireNonNull(receiver, "receiver");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        // The JDK server reads these once, when it is first used; an explicit setting wins.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        }
        HttpServer http = HttpServer.create(address, 0);
        AtomicInteger number = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "webhook-http-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        WebhookServer server = new WebhookServer(http, threads, receiver, maxBodyBytes);
        http.createContext("/", server::exchange);
        http.setExecutor(threads);
        http.start();
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try (exchange) {
            Reply reply = closing ? new Reply(503, "stopping; send it again later") : answer(exchange);
            send(exchange, reply);
        } catch (IOException e) {
            log.debug("Webhook sender went away: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Webhook delivery to {} failed", exchange.getRequestURI().getPath(), e);
            try {
                send(exchange, new Reply(500, "could not record the delivery; send it again later"));
            } catch (IOException | RuntimeException ignored) {
                // the answer was already under way, or the sender is gone: nothing more to tell it
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Reply answer(HttpExchange exchange) throws IOException {
        Optional<WebhookPlatform> platform = platform(exchange.getRequestURI().getPath());
        if (platform.isEmpty() || !receiver.listensAt(platform.get())) {
            return new Reply(404, "no webhook receiver at this path");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            return new Reply(405, "webhooks are delivered with POST");
        }
        Optional<Long> declared = declaredLength(exchange.getRequestHeaders());
        if (declared.isPresent() && declared.get() > maxBodyBytes) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            return tooLarge();
        }
        Headers headers = exchange.getRequestHeaders();
        DeliveryHeaders lookup = name -> Optional.ofNullable(headers.getFirst(name));
        return receiver.receive(platform.get(), body, lookup, exchange.getRemoteAddress().getAddress().getHostAddress());
    }

    private Reply tooLarge() {
        return new Reply(413, "body larger than " + maxBodyBytes + " bytes");
    }

    private static Optional<WebhookPlatform> platform(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return Arrays.stream(WebhookPlatform.values()).filter(platform -> platform.path().equals(trimmed)).findFirst();
    }

    private static Optional<Long> declaredLength(Headers headers) {
        String value = headers.getFirst("Content-Length");
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty(); // the JDK server refuses such a request before it gets here
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] text = (reply.message() + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }

    /** Stops taking requests (503 meanwhile), lets those in progress finish (up to two seconds), then stops the threads. */
    @Override
    public void close() {
        closing = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        try {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        threads.shutdown();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
