package com.storedesk.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Clover's shared auth code and its one-time verification handshake (pos/clover/NOTICE.txt). */
class CloverAuthCodeTest {

    private static final String AUTH_CODE = "0307e264-b33a-4913-88aa-37b10014a0b8";
    private static final byte[] BODY = ("{\"appId\":\"APP1\",\"merchants\":{\"M1\":[{\"objectId\":\"O:ORDER1\","
            + "\"type\":\"UPDATE\",\"ts\":1700000000000}]}}").getBytes(StandardCharsets.UTF_8);

    private final SignatureScheme clover = WebhookPlatform.CLOVER.scheme();

    @Test
    void theAuthCodeAuthenticatesWhateverTheBody() {
        assertThat(clover.verify(BODY, AUTH_CODE, WebhookSecret.of(AUTH_CODE))).isTrue();
        assertThat(clover.verify(BODY, " " + AUTH_CODE + " ", WebhookSecret.of(AUTH_CODE))).isTrue();
    }

    @Test
    void anotherCodeOrNoneFails() {
        assertThat(clover.verify(BODY, AUTH_CODE.replace('0', '1'), WebhookSecret.of(AUTH_CODE))).isFalse();
        assertThat(clover.verify(BODY, AUTH_CODE.substring(1), WebhookSecret.of(AUTH_CODE))).isFalse();
        assertThat(clover.verify(BODY, "", WebhookSecret.of(AUTH_CODE))).isFalse();
        assertThat(clover.verify(BODY, null, WebhookSecret.of(AUTH_CODE))).isFalse();
    }

    @Test
    void theDocumentedHandshakeBodyGivesItsCode() {
        assertThat(CloverVerification.code(TestBodies.resource("clover/webhook_verification_request_body.json")))
                .contains("ce7643c1-83ea-4218-abe6-da876c9c7a0a");
    }

    @Test
    void anythingElseIsNoHandshake() {
        assertThat(CloverVerification.code(BODY)).isEmpty();
        assertThat(CloverVerification.code(bytes("{\"verificationCode\":\"abc\",\"merchants\":{}}"))).isEmpty();
        assertThat(CloverVerification.code(bytes("{\"verificationCode\":42}"))).isEmpty();
        assertThat(CloverVerification.code(bytes("{\"verificationCode\":\"<script>\"}"))).isEmpty();
        assertThat(CloverVerification.code(bytes("{\"verificationCode\":\"" + "a".repeat(129) + "\"}"))).isEmpty();
        assertThat(CloverVerification.code(bytes("not json"))).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
