package com.storedesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Square's API on a MockWebServer for tests outside the connector's package: the documented
 * payloads in {@code src/test/resources/pos/square/} by endpoint and cursor, a 401 for any other
 * token, Square's NOT_FOUND for anything else.
 */
public final class SquareReplay implements AutoCloseable {

    public static final String LOCATION = "18YC4JDH91E1H";
    public static final String TOKEN = "EAAAl-replay-secret-token-0123456789";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_FOUND = "{\"errors\":[{\"category\":\"INVALID_REQUEST_ERROR\",\"code\":\"NOT_FOUND\"}]}";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> pages = new HashMap<>();

    public SquareReplay() throws IOException {
        page("GET /v2/locations/" + LOCATION, null, "location.json");
        page("POST /v2/team-members/search", null, "team-members-1.json");
        page("POST /v2/team-members/search", "N:9UglUjOXQ13-hMFypCft", "team-members-2.json");
        page("POST /v2/catalog/search", null, "catalog.json");
        page("POST /v2/customers/search", null, "customers-1.json");
        page("POST /v2/customers/search", "9dpS093Uy12AzeE", "customers-2.json");
        page("POST /v2/inventory/counts/batch-retrieve", null, "inventory-counts.json");
        page("POST /v2/orders/search", null, "orders-1.json");
        page("POST /v2/orders/search", "ORDERS-PAGE-2", "orders-2.json");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    /** The server's address without a trailing slash, as a connection's custom base URL. */
    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    private void page(String endpoint, String cursor, String file) {
        try (InputStream in = SquareReplay.class.getResourceAsStream("/pos/square/" + file)) {
            pages.put(endpoint + "@" + cursor, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MockResponse answer(RecordedRequest request) {
        if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
            return new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                    .setBody("{\"errors\":[{\"category\":\"AUTHENTICATION_ERROR\",\"code\":\"UNAUTHORIZED\"}]}");
        }
        String cursor = null;
        if ("POST".equals(request.getMethod())) {
            try {
                JsonNode body = JSON.readTree(request.getBody().clone().readString(StandardCharsets.UTF_8));
                cursor = body.hasNonNull("cursor") ? body.get("cursor").asText() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String page = pages.get(request.getMethod() + " " + request.getPath() + "@" + cursor);
        if (page == null) {
            return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                    .setBody(NOT_FOUND);
        }
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(page);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
