package com.storedesk.pos.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Square API on a MockWebServer answering from the documented payloads in
 * {@code src/test/resources/pos/square/}: each endpoint's first page, and its next page for the
 * cursor the first one gave. A test may put answers in front of an endpoint's regular ones (a 429,
 * a 503, broken JSON) and reads back every request it received.
 */
final class SquareServer implements AutoCloseable {

    static final String LOCATION = "18YC4JDH91E1H";
    static final String TOKEN = "EAAAl-secret-test-token-0123456789";

    private static final ObjectMapper JSON = new ObjectMapper();

    final MockWebServer server = new MockWebServer();
    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, Deque<MockResponse>> interjections = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    SquareServer() throws IOException {
        page("GET /v2/locations/" + LOCATION, null, "location.json");
        page("POST /v2/team-members/search", null, "team-members-1.json");
        page("POST /v2/team-members/search", "N:9UglUjOXQ13-hMFypCft", "team-members-2.json");
        page("POST /v2/catalog/search", null, "catalog.json");
        page("POST /v2/customers/search", null, "customers-1.json");
        page("POST /v2/customers/search", "9dpS093Uy12AzeE", "customers-2.json");
        page("POST /v2/inventory/counts/batch-retrieve", null, "inventory-counts.json");
        page("POST /v2/orders/search", null, "orders-1.json");
        page("POST /v2/orders/search", "ORDERS-PAGE-2", "orders-2.json");
        page("POST /v2/catalog/object", null, "upsert-catalog-object.json");
        page("POST /v2/inventory/changes/batch-create", null, "batch-change-inventory.json");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    SquareSettings settings() {
        return new SquareSettings(baseUrl(), TOKEN, LOCATION);
    }

    /** Serves {@code file} for {@code endpoint} ("METHOD /path") when the request carries {@code cursor}. */
    void page(String endpoint, String cursor, String file) {
        pages.put(key(endpoint, cursor), resource(file));
    }

    /** Answers the next request to {@code endpoint} (with {@code cursor}) with these, in order, before its page. */
    synchronized void interject(String endpoint, String cursor, MockResponse... responses) {
        Deque<MockResponse> queue = interjections.computeIfAbsent(key(endpoint, cursor), k -> new ArrayDeque<>());
        queue.addAll(List.of(responses));
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests to {@code endpoint}, oldest first. */
    synchronized List<RecordedRequest> requests(String endpoint) {
        return requests.stream().filter(r -> (r.getMethod() + " " + r.getPath()).equals(endpoint)).toList();
    }

    static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().clone().readString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String file) {
        try (InputStream in = SquareServer.class.getResourceAsStream("/pos/square/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        requests.add(request);
        String endpoint = request.getMethod() + " " + request.getPath();
        String cursor = null;
        if ("POST".equals(request.getMethod())) {
            JsonNode body = body(request);
            cursor = body.hasNonNull("cursor") ? body.get("cursor").asText() : null;
        }
        String key = key(endpoint, cursor);
        Deque<MockResponse> queue = interjections.get(key);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        String page = pages.get(key);
        if (page == null) {
            return new MockResponse().setResponseCode(404)
                    .setBody("{\"errors\":[{\"category\":\"INVALID_REQUEST_ERROR\",\"code\":\"NOT_FOUND\"}]}");
        }
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(page);
    }

    private static String key(String endpoint, String cursor) {
        return endpoint + (cursor == null ? "" : " @" + cursor);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
