package com.storedesk.pos.clover;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Clover REST API v3 on a MockWebServer answering from the payloads in
 * {@code src/test/resources/pos/clover/}, by path, {@code filter} values and {@code offset}. A page
 * past the end of a listing, or a filtered one the test did not set, is empty, as Clover answers it. Tests may interject answers of their own.
 */
final class CloverServer implements AutoCloseable {

    static final String MERCHANT = "7R56PZ0Z0EAB1";
    static final String TOKEN = "clover-secret-test-token-0123456789";
    static final String API = "/v3/merchants/" + MERCHANT;
    static final int PAGE = 2;
    static final String WINDOW_1 = "modifiedTime>=1614729600000&modifiedTime<=1622505600000";
    static final String WINDOW_2 = "modifiedTime>=1622505600001&modifiedTime<=1625097600000";

    final MockWebServer server = new MockWebServer();
    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, Deque<MockResponse>> interjections = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    CloverServer() throws IOException {
        page(API, "", 0, "merchant.json");
        page(API + "/employees", "", 0, "employees.json");
        page(API + "/items", "", 0, "items-1.json");
        page(API + "/items", "modifiedTime>=1617357600000", 1, "items-2.json");
        page(API + "/customers", "", 0, "customers.json");
        page(API + "/item_stocks", "", 0, "item-stocks.json");
        page(API + "/orders", WINDOW_1, 0, "orders-1.json");
        page(API + "/orders", WINDOW_2, 0, "orders-2.json");
        page(API + "/orders", "modifiedTime>=1623607200000&modifiedTime<=1625097600000", 1, "orders-3.json");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    CloverSettings settings() {
        String url = server.url("/").toString();
        return new CloverSettings(url.substring(0, url.length() - 1), TOKEN, MERCHANT, Duration.ofDays(120), PAGE);
    }

    void page(String path, String filters, int offset, String file) {
        pages.put(key(path, filters, offset), resource(file));
    }

    synchronized void interject(String path, String filters, int offset, MockResponse... responses) {
        interjections.computeIfAbsent(key(path, filters, offset), k -> new ArrayDeque<>()).addAll(List.of(responses));
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.getRequestUrl().encodedPath().equals(path)).toList();
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    static String resource(String file) {
        try (InputStream in = CloverServer.class.getResourceAsStream("/pos/clover/" + file)) {
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
        HttpUrl url = request.getRequestUrl();
        String offset = url.queryParameter("offset");
        int at = offset == null ? 0 : Integer.parseInt(offset);
        String key = key(url.encodedPath(), String.join("&", url.queryParameterValues("filter")), at);
        Deque<MockResponse> queue = interjections.get(key);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        String page = pages.get(key);
        if (page != null) {
            return json(page);
        }
        if (at > 0 || !url.queryParameterValues("filter").isEmpty()) {
            return json("{\"elements\": []}");
        }
        return new MockResponse().setResponseCode(404).setBody("{\"message\": \"Not Found\"}");
    }

    private static String key(String path, String filters, int offset) {
        return path + "|" + filters + "|" + offset;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
