package com.storedesk.pos.webhook;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and the constant-time comparison every scheme shares. */
final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {
    }

    /** The MAC of the parts, in order, as if they were one message. */
    static byte[] of(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            // Every Java runtime has HmacSHA256; a key is never refused for its length.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether the decoded claim equals the expected MAC; the time taken does not depend on where they differ. */
    static boolean matches(byte[] expected, Optional<byte[]> claimed) {
        return claimed.isPresent() && MessageDigest.isEqual(expected, claimed.get());
    }

    /**
     * Standard padded Base64 (what Square and Shopify send); empty when it is not, or not in the one
     * canonical spelling of its bytes (the decoder alone would also take it unpadded).
     */
    static Optional<byte[]> base64(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        try {
            byte[] bytes = Base64.getDecoder().decode(stripped);
            return Base64.getEncoder().encodeToString(bytes).equals(stripped) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Hexadecimal in either case; empty when it is not. */
    static Optional<byte[]> hex(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().parseHex(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
