package com.storedesk.cli;

import com.storedesk.pos.webhook.WebhookPlatform;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --platform square|shopify|clover|lightspeed}, in lower case as the paths and documentation write it. */
final class WebhookPlatformConverter implements ITypeConverter<WebhookPlatform>, Iterable<String> {

    @Override
    public WebhookPlatform convert(String value) {
        return WebhookPlatform.fromId(value).orElseThrow(() -> new TypeConversionException(
                "expected one of " + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(WebhookPlatform.values()).map(WebhookPlatform::id).iterator();
    }
}
