package com.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The production parameters: Argon2id, salted, and hashes made with other parameters still verify. */
class SecretHasherTest {

    private final SecretHasher hasher = new SecretHasher();

    @Test
    void hashesAreArgon2idWithTheDecidedParametersAndASaltOfTheirOwn() {
        String first = hasher.hash("storedesk-demo");
        String second = hasher.hash("storedesk-demo");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("storedesk-demo");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("storedesk-demo", first)).isTrue();
        assertThat(hasher.matches("storedesk-demO", first)).isFalse();
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifies() {
        String cheap = SecretHasher.forTests().hash("2468");

        assertThat(hasher.matches("2468", cheap)).isTrue();
        assertThat(hasher.matches("2469", cheap)).isFalse();
    }
}
