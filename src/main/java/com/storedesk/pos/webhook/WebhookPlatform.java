package com.storedesk.pos.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The platforms whose webhooks StoreDesk receives, each with its signature scheme and delivery reader. */
public enum WebhookPlatform {
    SQUARE(new SquareSignature(), new SquareDeliveryReader()),
    SHOPIFY(new ShopifySignature(), new ShopifyDeliveryReader()),
    CLOVER(new CloverAuthCode(), new CloverDeliveryReader()),
    LIGHTSPEED(new LightspeedSignature(), new LightspeedDeliveryReader());

    private final SignatureScheme scheme;
    private final DeliveryReader reader;

    WebhookPlatform(SignatureScheme scheme, DeliveryReader reader) {
        this.scheme = scheme;
        this.reader = reader;
    }

    /** The lower-case name used in paths, options and environment variables' suffixes. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where the receiver takes this platform's deliveries. */
    public String path() {
        return "/webhooks/" + id();
    }

    public SignatureScheme scheme() {
        return scheme;
    }

    public DeliveryReader reader() {
        return reader;
    }

    public static Optional<WebhookPlatform> fromId(String id) {
        return Arrays.stream(values()).filter(platform -> platform.id().equalsIgnoreCase(id)).findFirst();
    }
}
