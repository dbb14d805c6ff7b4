package com.storedesk.pos.shopify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.HttpReply;
import com.storedesk.pos.http.PosHttp;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Shopify's GraphQL Admin API as queries in and data out: one endpoint for the pinned version,
 * the query cost paced by the {@link QueryBudget}, GraphQL {@code errors} turned into a
 * {@link ShopifyRefusal}. Retries, THROTTLED answers and the access token are the {@link PosHttp}'s.
 */
final class ShopifyApi {

    /**
     * The API version this connector was written against. 2026-01 is the first in which
     * inventoryAdjustQuantities takes an idempotency key (the {@code @idempotent} directive).
     */
    static final String VERSION = "2026-01";

    private static final MediaType JSON = MediaType.get("application/json");
    /** Jackson quotes the payload around a parse error by default, and payloads hold personal data. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private final PosHttp http;
    private final String endpoint;
    private final QueryBudget budget;

    ShopifyApi(PosHttp http, String endpoint, QueryBudget budget) {
        this.http = http;
        this.endpoint = endpoint;
        this.budget = budget;
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static JsonNode readTree(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * Runs {@code document} (whose operation is named {@code operation}) and returns its {@code data}.
     *
     * @param tolerated errors that leave the data usable (a field the app may not read), by code and
     *     the last name on their path; null for none
     */
    JsonNode query(String operation, String document, ObjectNode variables, ErrorFilter tolerated)
            throws ConnectorException {
        ObjectNode body = object().put("query", document).put("operationName", operation);
        body.set("variables", variables);
        budget.awaitRoom(operation);
        HttpReply reply = http.send(operation, new Request.Builder().url(endpoint)
                .header("Accept", "application/json").post(RequestBody.create(body.toString(), JSON)).build());
        JsonNode answer = parse(operation, reply);
        ThrottleStatus.of(answer).ifPresent(status -> budget.record(operation, status));
        List<JsonNode> errors = new ArrayList<>();
        answer.path("errors").forEach(error -> {
            if (tolerated == null || !tolerated.accepts(error)) {
                errors.add(error);
            }
        });
        if (!reply.successful() || !errors.isEmpty()) {
            throw new ShopifyRefusal(operation, reply.code(), codes(errors));
        }
        JsonNode data = answer.get("data");
        if (data == null || !data.isObject()) {
            throw malformed(operation, "answered without data", null);
        }
        return data;
    }

    JsonNode query(String operation, String document, ObjectNode variables) throws ConnectorException {
        return query(operation, document, variables, null);
    }

    private static JsonNode parse(String operation, HttpReply reply) throws ConnectorException {
        JsonNode json;
        String problem = "without a JSON object";
        try {
            json = MAPPER.readTree(reply.body());
        } catch (JsonProcessingException e) {
            json = null;
            problem = "with broken JSON: " + e.getOriginalMessage();
        }
        if (json == null || !json.isObject()) {
            if (reply.code() == 404) {
                // A shop Shopify does not know answers a web page, not JSON: a refusal, not a malformed answer.
                throw new ShopifyRefusal(operation, reply.code(), List.of());
            }
            throw malformed(operation, "answered HTTP " + reply.code() + " " + problem, null);
        }
        return json;
    }

    static ConnectorException malformed(String operation, String problem, Throwable cause) {
        return new ConnectorException("pos.error.malformed", "Shopify " + operation + " " + problem, cause);
    }

    /** The codes of the answer's GraphQL errors ({@code extensions.code}). */
    static List<String> errorCodes(JsonNode answer) {
        List<JsonNode> errors = new ArrayList<>();
        answer.path("errors").forEach(errors::add);
        return codes(errors);
    }

    private static List<String> codes(List<JsonNode> errors) {
        List<String> codes = new ArrayList<>();
        errors.forEach(error -> codes.add(error.path("extensions").path("code").asText("UNKNOWN")));
        return codes;
    }

    /** Which GraphQL errors leave an answer's data usable. */
    @FunctionalInterface
    interface ErrorFilter {

        boolean accepts(JsonNode error);

        /** An error with {@code code} on a field named {@code field} (Shopify then answers null for the field). */
        static ErrorFilter onField(String code, String field) {
            return error -> {
                JsonNode path = error.path("path");
                return code.equals(error.path("extensions").path("code").asText())
                        && path.isArray() && path.size() > 0 && field.equals(path.get(path.size() - 1).asText());
            };
        }
    }
}
