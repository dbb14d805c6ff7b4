package com.storedesk.pos.lightspeed;

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
 * A Lightspeed Retail API V3 on a MockWebServer answering from the payloads in
 * {@code src/test/resources/pos/lightspeed/}: each listing's first page, and the page its {@code next}
 * URL's {@code after} token names. Every answer reports a nearly empty leaky bucket unless a test
 * interjects answers of its own (a 429, a 503, broken JSON, a full bucket).
 */
final class LightspeedServer implements AutoCloseable {

    static final String ACCOUNT = "83050";
    static final String TOKEN = "ls-secret-test-token-0123456789";
    static final String API = "/API/V3/Account/" + ACCOUNT;

    final MockWebServer server = new MockWebServer();
    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, Deque<MockResponse>> interjections = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    LightspeedServer() throws IOException {
        page(API + ".json", null, "account.json");
        page(API + "/Shop.json", null, "shops.json");
        page(API + "/Employee.json", null, "employees-1.json");
        page(API + "/Employee.json", "WzJd", "employees-2.json");
        page(API + "/Item.json", null, "items-1.json");
        page(API + "/Item.json", "WzJd", "items-2.json");
        page(API + "/Customer.json", null, "customers.json");
        page(API + "/ItemShop.json", null, "item-shops.json");
        page(API + "/Sale.json", null, "sales-1.json");
        page(API + "/Sale.json", "WzEyMF0=", "sales-2.json");
        page(API + "/SaleLine.json", null, "sale-lines.json");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    LightspeedSettings settings() {
        String url = server.url("/").toString();
        return new LightspeedSettings(url.substring(0, url.length() - 1), TOKEN, ACCOUNT);
    }

    /** Serves {@code file} for GET {@code path} when the request carries the {@code after} token. */
    void page(String path, String after, String file) {
        pages.put(key(path, after), resource(file));
    }

    /** Answers the next requests to {@code path} (with {@code after}) with these, in order, before its page. */
    synchronized void interject(String path, String after, MockResponse... responses) {
        interjections.computeIfAbsent(key(path, after), k -> new ArrayDeque<>()).addAll(List.of(responses));
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests to {@code path} (without query), oldest first. */
    synchronized List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.getRequestUrl().encodedPath().equals(path)).toList();
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json")
                .setHeader("X-LS-API-Bucket-Level", "1/90").setHeader("X-LS-API-Drip-Rate", "1")
                .setHeader("X-LS-API-Request-Cost", "1").setBody(body);
    }

    static String resource(String file) {
        try (InputStream in = LightspeedServer.class.getResourceAsStream("/pos/lightspeed/" + file)) {
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
        String key = key(request.getRequestUrl().encodedPath(), request.getRequestUrl().queryParameter("after"));
        Deque<MockResponse> queue = interjections.get(key);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        String page = pages.get(key);
        if (page == null) {
            return new MockResponse().setResponseCode(404)
                    .setBody("{\"httpCode\":\"404\",\"httpMessage\":\"Not Found\",\"message\":\"no such page\"}");
        }
        return json(page);
    }

    private static String key(String path, String after) {
        return path + (after == null ? "" : " @" + after);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
