package com.storedesk.pos.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Lightspeed X-Series webhook bodies: a form whose "payload" is the product of Lightspeed's own example. */
public final class LightspeedBodies {

    private LightspeedBodies() {
    }

    public static byte[] productUpdate() {
        try {
            ObjectMapper mapper = new ObjectMapper();
            String product = mapper.writeValueAsString(mapper.readTree(
                    TestBodies.resource("lightspeed/x_series/auditlog_product_insert_example.json")).get("data"));
            return ("type=product.update&domain_prefix=examplestore&payload="
                    + URLEncoder.encode(product, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
