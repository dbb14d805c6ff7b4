package com.storedesk.pos.shopify;

import java.util.Objects;

/**
 * One Shopify shop and the retail location a StoreDesk store is. Where the values are kept (and
 * the token protected) is the settings' business; the connector only receives them.
 *
 * @param baseUrl {@code https://<shop>.myshopify.com} ({@link #of}), a test server's URL in tests
 * @param shop the shop's myshopify subdomain, e.g. {@code jsmith} for jsmith.myshopify.com
 * @param accessToken the Admin API access token of the shop's custom app; never logged
 * @param locationId the location's id, as a GID ({@code gid://shopify/Location/655441491}) or its number
 */
public record ShopifySettings(String baseUrl, String shop, String accessToken, String locationId) {

    private static final String LOCATION_GID = "gid://shopify/Location/";

    public ShopifySettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(locationId, "locationId");
        shop = subdomain(shop);
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("a Shopify connection needs an access token");
        }
        locationId = locationGid(locationId);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The shop's own Admin API host. */
    public static ShopifySettings of(String shop, String accessToken, String locationId) {
        return new ShopifySettings("https://" + subdomain(shop) + ".myshopify.com", shop, accessToken, locationId);
    }

    /** The GraphQL Admin API endpoint of the pinned version. */
    public String endpoint() {
        return baseUrl + "/admin/api/" + ShopifyApi.VERSION + "/graphql.json";
    }

    /** The location's number, as the orders search's {@code location_id} filter takes it. */
    String locationNumber() {
        return locationId.substring(LOCATION_GID.length());
    }

    private static String subdomain(String shop) {
        String name = shop.trim().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".myshopify.com")) {
            name = name.substring(0, name.length() - ".myshopify.com".length());
        }
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a myshopify shop name: " + shop);
        }
        return name;
    }

    private static String locationGid(String id) {
        String value = id.trim();
        if (value.matches("\\d+")) {
            return LOCATION_GID + value;
        }
        if (value.startsWith(LOCATION_GID) && value.substring(LOCATION_GID.length()).matches("\\d+")) {
            return value;
        }
        throw new IllegalArgumentException("not a Shopify location id: " + id);
    }

    /** The token left out: records print every field. */
    @Override
    public String toString() {
        return "ShopifySettings[baseUrl=" + baseUrl + ", shop=" + shop + ", locationId=" + locationId + "]";
    }
}
