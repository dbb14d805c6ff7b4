package com.storedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encoding the javadoc documents, recomputed here by hand as an outside tool would. */
class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-23T15:30:00.1234567Z");

    @Test
    void theHashIsSha256OfLengthPrefixedFieldsAsDocumented() throws Exception {
        String details = "{\"model\":\"gpt\",\"tokens\":\"12\"}";
        String message = "18:storedesk-audit-v1" + "2:42" + "27:2026-11-23T15:30:00.123456Z" + "5:ann.l"
                + "8:LLM_CALL" + "1:7" + "7:brief-1" + details.length() + ":" + details + "64:" + AuditHash.GENESIS;
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(message.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditHash.of(42, AT, "ann.l", "LLM_CALL", 7L, "brief-1", details, AuditHash.GENESIS))
                .isEqualTo(expected).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void lengthsCountUtf8BytesAndNoStoreIsTheEmptyField() throws Exception {
        String message = "18:storedesk-audit-v1" + "1:1" + "27:2026-11-23T15:30:00.123456Z" + "4:Zo\u00eb"
                + "7:SIGN_IN" + "0:" + "0:" + "2:{}" + "64:" + AuditHash.GENESIS;
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(message.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditHash.of(1, AT, "Zo\u00eb", "SIGN_IN", null, "", "{}", AuditHash.GENESIS)).isEqualTo(expected);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        assertThat(AuditHash.of(1, AT, "ab", "SIGN_IN", null, "c", "{}", AuditHash.GENESIS))
                .isNotEqualTo(AuditHash.of(1, AT, "a", "SIGN_IN", null, "bc", "{}", AuditHash.GENESIS));
        assertThat(AuditHash.of(1, AT, "a", "SIGN_IN", 1L, "", "{}", AuditHash.GENESIS))
                .isNotEqualTo(AuditHash.of(1, AT, "a", "SIGN_IN", null, "1", "{}", AuditHash.GENESIS));
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesOnlyQuotesBackslashesAndControls() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("z", "last");
        details.put("a", "say \"hi\"\\\n\u00e9");
        assertThat(CanonicalJson.write(details)).isEqualTo("{\"a\":\"say \\\"hi\\\"\\\\\\u000a\u00e9\",\"z\":\"last\"}");
        assertThat(CanonicalJson.write(Map.of())).isEqualTo("{}");
        assertThat(CanonicalJson.readOrEmpty(CanonicalJson.write(details))).isEqualTo(details);
        assertThat(CanonicalJson.readOrEmpty("not json")).isEmpty();
    }

    @Test
    void keysNamingSecretsAreRecognisedAndOrdinaryOnesAreNot() {
        assertThat(SensitiveKeys.isSensitive("password")).isTrue();
        assertThat(SensitiveKeys.isSensitive("newPin")).isTrue();
        assertThat(SensitiveKeys.isSensitive("pin_hash")).isTrue();
        assertThat(SensitiveKeys.isSensitive("clientSecret")).isTrue();
        assertThat(SensitiveKeys.isSensitive("api-key")).isTrue();
        assertThat(SensitiveKeys.isSensitive("accessToken")).isTrue();
        assertThat(SensitiveKeys.isSensitive("shipping")).isFalse();
        assertThat(SensitiveKeys.isSensitive("spinner")).isFalse();
        assertThat(SensitiveKeys.isSensitive("promptVersion")).isFalse();
        assertThat(SensitiveKeys.isSensitive("tokensUsed")).isFalse();
    }
}
