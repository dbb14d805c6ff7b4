package com.storedesk.pos.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test bodies from src/test/resources/pos (see the NOTICE beside each), and signatures computed the
 * plain way, independently of the code under test.
 */
public final class TestBodies {

    private TestBodies() {
    }

    public static byte[] resource(String path) {
        try (InputStream in = TestBodies.class.getResourceAsStream("/pos/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource pos/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hmac(String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String squareSignature(String key, String url, byte[] body) {
        byte[] urlBytes = url.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[urlBytes.length + body.length];
        System.arraycopy(urlBytes, 0, message, 0, urlBytes.length);
        System.arraycopy(body, 0, message, urlBytes.length, body.length);
        return Base64.getEncoder().encodeToString(hmac(key, message));
    }

    public static String shopifySignature(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(hmac(secret, body));
    }

    public static String lightspeedSignature(String secret, byte[] body) {
        return "signature=" + HexFormat.of().formatHex(hmac(secret, body)) + ", algorithm=HMAC-SHA256";
    }

    /** The body with one byte changed. */
    public static byte[] tampered(byte[] body) {
        byte[] copy = body.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }
}
