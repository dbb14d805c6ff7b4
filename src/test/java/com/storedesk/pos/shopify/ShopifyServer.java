package com.storedesk.pos.shopify;

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
 * Shopify's GraphQL Admin API on a MockWebServer answering from the documented-shape payloads in
 * {@code src/test/resources/pos/shopify/}: each operation's first page, and its next page for the
 * {@code after} cursor the first one gave. A test may put answers in front of an operation's
 * regular ones (a THROTTLED answer, a 503, broken JSON) and reads back every request it received.
 */
public final class ShopifyServer implements AutoCloseable {

    public static final String SHOP = "jsmith";
    static final String LOCATION = "gid://shopify/Location/655441491";
    public static final String TOKEN = "shpat_secret-test-token-0123456789abcdef";
    static final String PATH = "/admin/api/2026-01/graphql.json";

    static final String VARIANTS_PAGE_2 = "eyJsYXN0X2lkIjo0OTE0ODM4NX0=";
    static final String LINES_PAGE_2 = "eyJsYXN0X2lkIjo1MTg5OTUwMTl9";
    static final String ORDERS_PAGE_2 = "eyJsYXN0X2lkIjo0NTA3ODk0NjksImxhc3RfdmFsdWUiOiIyMDI1LTAxLTAyIn0=";

    private static final ObjectMapper JSON = new ObjectMapper();

    final MockWebServer server = new MockWebServer();
    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, Deque<MockResponse>> interjections = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    public ShopifyServer() throws IOException {
        page("StoreLocation", null, "location.json");
        page("StaffMembers", null, "staff.json");
        page("ProductVariants", null, "variants-1.json");
        page("ProductVariants", VARIANTS_PAGE_2, "variants-2.json");
        page("Customers", null, "customers.json");
        page("InventoryLevels", null, "inventory-levels.json");
        page("Orders", null, "orders-1.json");
        page("Orders", ORDERS_PAGE_2, "orders-2.json");
        page("OrderLineItems", LINES_PAGE_2, "order-line-items-2.json");
        page("VariantBySku", null, "variant-by-sku.json");
        page("InventoryAdjustQuantities", null, "inventory-adjust.json");
        page("ProductVariantsBulkUpdate", null, "variants-bulk-update.json");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    /** Where the connector finds this shop: the server's address, without its last slash. */
    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    ShopifySettings settings() {
        return new ShopifySettings(baseUrl(), SHOP, TOKEN, LOCATION);
    }

    /** Serves {@code file} for {@code operation} when the request's {@code after} is {@code cursor}. */
    void page(String operation, String cursor, String file) {
        pages.put(key(operation, cursor), resource(file));
    }

    /** Serves {@code file} for {@code operation} asked about location {@code locationGid} (first page only). */
    public void pageAt(String locationGid, String operation, String file) {
        pages.put(key(operation, null) + " #" + locationGid, resource(file));
    }

    /** Answers the next requests of {@code operation} (with {@code cursor}) with these, in order, before its page. */
    synchronized void interject(String operation, String cursor, MockResponse... responses) {
        interjections.computeIfAbsent(key(operation, cursor), k -> new ArrayDeque<>()).addAll(List.of(responses));
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests of {@code operation}, oldest first. */
    public synchronized List<RecordedRequest> requests(String operation) {
        return requests.stream().filter(r -> operation.equals(body(r).path("operationName").asText())).toList();
    }

    public static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().clone().readString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String file) {
        try (InputStream in = ShopifyServer.class.getResourceAsStream("/pos/shopify/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        requests.add(request);
        if (!"POST".equals(request.getMethod()) || !PATH.equals(request.getPath())) {
            return new MockResponse().setResponseCode(404).setBody("{\"errors\":\"Not Found\"}");
        }
        JsonNode body = body(request);
        JsonNode after = body.path("variables").path("after");
        String key = key(body.path("operationName").asText(), after.isTextual() ? after.asText() : null);
        Deque<MockResponse> queue = interjections.get(key);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        JsonNode location = body.path("variables").path("locationId");
        String page = location.isTextual() && pages.containsKey(key + " #" + location.asText())
                ? pages.get(key + " #" + location.asText()) : pages.get(key);
        if (page == null) {
            return json("{\"errors\":[{\"message\":\"no such page in the test double\","
                    + "\"extensions\":{\"code\":\"NOT_FOUND\"}}]}");
        }
        return json(page);
    }

    private static String key(String operation, String cursor) {
        return operation + (cursor == null ? "" : " @" + cursor);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
