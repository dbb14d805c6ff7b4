package com.storedesk.ui.components;

import com.storedesk.i18n.Messages;
import java.util.Map;

/**
 * Names a data source for people: {@code demo} is "Demo chain", {@code square:ML8Q2} is
 * "Square (ML8Q2)". Sources are written {@code platform:account} by the connectors.
 */
public final class SourceNames {

    private static final Map<String, String> PLATFORM_KEYS = Map.of(
            "demo", "source.demo",
            "square", "source.square",
            "shopify", "source.shopify",
            "lightspeed", "source.lightspeed",
            "clover", "source.clover");

    private SourceNames() {
    }

    public static String describe(String source, Messages messages) {
        int colon = source.indexOf(':');
        String platform = colon < 0 ? source : source.substring(0, colon);
        String account = colon < 0 ? "" : source.substring(colon + 1);
        String key = PLATFORM_KEYS.get(platform);
        if (key == null) {
            return source;
        }
        String name = messages.get(key);
        return account.isEmpty() ? name : messages.get("source.withAccount", name, account);
    }
}
