package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.http.Credential;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.probe.ProbeCall;
import com.storedesk.pos.probe.ProbeResult;
import okhttp3.OkHttpClient;

/**
 * One GraphQL query, the pull's own {@code StoreLocation} ({@code shop { name } location(id:) { name }}),
 * read for what it proves: the server answered as Shopify, the token was accepted, the shop exists and
 * so does the location (with their names). A shop Shopify does not know answers 404; a location it
 * does not know is {@code null} in the data.
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
            data = new PhaseQueries(api, settings).location();
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
        return location == null ? ProbeResult.locationUnknown(shop) : ProbeResult.found(shop, location);
    }

    private static String name(JsonNode object) {
        JsonNode name = object.path("name");
        return object.isObject() && name.isTextual() ? name.asText() : null;
    }
}
