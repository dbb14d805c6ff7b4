package com.storedesk.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes passwords and PINs with Argon2id (decision 0008). The encoded hash carries its own
 * parameters and salt, so hashes made with other parameters still verify.
 */
public final class SecretHasher {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder;
    private volatile String dummy;

    public SecretHasher() {
        this(new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS));
    }

    private SecretHasher(Argon2PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Cheap parameters for tests that hash many times; never for real accounts. */
    static SecretHasher forTests() {
        return new SecretHasher(new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, 1, 256, 1));
    }

    public String hash(String secret) {
        return encoder.encode(secret);
    }

    public boolean matches(String secret, String hash) {
        return encoder.matches(secret, hash);
    }

    /**
     * Spends the time a real check would, for a username that does not exist, so that how long a
     * refusal takes does not tell who has an account.
     */
    public void matchNobody(String secret) {
        String hash = dummy;
        if (hash == null) {
            hash = encoder.encode("no account has this secret");
            dummy = hash;
        }
        encoder.matches(secret, hash);
    }
}
