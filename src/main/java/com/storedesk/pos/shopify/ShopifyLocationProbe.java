package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.probe.ProbeCall;
import com.storedesk.pos.probe.ProbeResult;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * One GraphQL query, the pull's own {@code StoreLocation} ({@code shop { name } location(id:) { name }}),
 * read for what it proves: the server answered as Shopify, the token was accepted, the shop exists and
 * so does the location (with their names). A shop Shopify does not know answers 404; a location it
 * does not know is {@code null} in the data. The query also lists the shop's locations, so the test can
 * name the others, each of which would be a store (and a connection) of its own.
 */
public final class ShopifyLocationProbe {

    private ShopifyLocationProbe() {
    }

    public static ProbeResult probe(ShopifySettings settings, OkHttpClient client, Pacing pacing) {
        ProbeCall call = new ProbeCall(client, "Shopify",
                Credential.header("X-Shopify-Access-Token", settings.accessToken()), new ShopifyThrottle(), pacing);
        ShopifyApi api = new ShopifyApi(call.http(), settings.endpoint(), new QueryBudget(pacing));
        JsonNode data;
        try {
            data = new PhaseQueries(api, settings).locationAndShopLocations();
        } catch (ShopifyRefusal refusal) {
            if (refusal.status() == 404) {
                return ProbeResult.of(ProbeResult.Outcome.ACCOUNT_UNKNOWN);
            }
            return refusal.has("ACCESS_DENIED") ? ProbeResult.of(ProbeResult.Outcome.MISSING_PERMISSION)
                    : ProbeResult.of(refusal);
        } catch (ConnectorException e) {
            return ProbeResult.of(e);
        }
        String shop = name(data.path("shop"));
        if (shop == null) {
            return ProbeResult.of(ProbeResult.Outcome.NOT_PLATFORM);
        }
        String location = name(data.path("location"));
        ProbeResult result = location == null ? ProbeResult.locationUnknown(shop) : ProbeResult.found(shop, location);
        String tested = location == null ? null : settings.locationId();
        return result.withOtherLocations(otherLocations(data.path("locations").path("nodes"), tested));
    }

    /**
     * The shop's locations but {@code tested} (null: all of them), as "name (number)": the number is
     * what a connection takes.
     */
    private static List<String> otherLocations(JsonNode nodes, String tested) {
        List<String> others = new ArrayList<>();
        for (JsonNode node : nodes) {
            String id = node.path("id").asText("");
            String name = name(node);
            if (name != null && !id.isEmpty() && !id.equals(tested)) {
                others.add(name + " (" + id.substring(id.lastIndexOf('/') + 1) + ")");
            }
        }
        return others;
    }

    private static String name(JsonNode object) {
        JsonNode name = object.path("name");
        return object.isObject() && name.isTextual() ? name.asText() : null;
    }
}
