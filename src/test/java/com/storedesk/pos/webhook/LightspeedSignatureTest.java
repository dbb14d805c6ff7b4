package com.storedesk.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lightspeed X-Series' X-Signature over the raw form body (pos/lightspeed/NOTICE.txt). */
class LightspeedSignatureTest {

    private static final String SECRET = "lightspeed-client-secret";
    private static final byte[] BODY = LightspeedBodies.productUpdate();

    private final SignatureScheme lightspeed = WebhookPlatform.LIGHTSPEED.scheme();

    @Test
    void theDocumentedHeaderFormVerifies() {
        assertThat(lightspeed.verify(BODY, TestBodies.lightspeedSignature(SECRET, BODY), WebhookSecret.of(SECRET))).isTrue();
    }

    @Test
    void partsMayComeInAnyOrderAndCaseAndTheBareValueIsAccepted() {
        String hex = HexFormat.of().formatHex(TestBodies.hmac(SECRET, BODY));
        assertThat(lightspeed.verify(BODY, "algorithm=hmac-sha256,signature=" + hex.toUpperCase(Locale.ROOT),
                WebhookSecret.of(SECRET))).isTrue();
        assertThat(lightspeed.verify(BODY, hex, WebhookSecret.of(SECRET))).isTrue();
    }

    @Test
    void anotherAlgorithmOrAMissingPartFails() {
        String hex = HexFormat.of().formatHex(TestBodies.hmac(SECRET, BODY));
        assertThat(lightspeed.verify(BODY, "signature=" + hex + ", algorithm=HMAC-SHA1", WebhookSecret.of(SECRET))).isFalse();
        assertThat(lightspeed.verify(BODY, "signature=" + hex, WebhookSecret.of(SECRET))).isFalse();
        assertThat(lightspeed.verify(BODY, "algorithm=HMAC-SHA256", WebhookSecret.of(SECRET))).isFalse();
        assertThat(lightspeed.verify(BODY, "signature=" + hex + ", junk", WebhookSecret.of(SECRET))).isFalse();
    }

    @Test
    void aTamperedBodyWrongSecretOrNoHeaderFails() {
        String header = TestBodies.lightspeedSignature(SECRET, BODY);
        assertThat(lightspeed.verify(TestBodies.tampered(BODY), header, WebhookSecret.of(SECRET))).isFalse();
        assertThat(lightspeed.verify(BODY, header, WebhookSecret.of("other"))).isFalse();
        assertThat(lightspeed.verify(BODY, null, WebhookSecret.of(SECRET))).isFalse();
        assertThat(lightspeed.verify(BODY, "signature=zz, algorithm=HMAC-SHA256", WebhookSecret.of(SECRET))).isFalse();
    }

    @Test
    void theFormDecodedAndEncodedAgainFails() {
        String text = new String(BODY, StandardCharsets.UTF_8).replace("%3A", "%3a");
        assertThat(text).isNotEqualTo(new String(BODY, StandardCharsets.UTF_8));
        assertThat(lightspeed.verify(text.getBytes(StandardCharsets.UTF_8), TestBodies.lightspeedSignature(SECRET, BODY),
                WebhookSecret.of(SECRET))).isFalse();
    }
}
