package com.storedesk.assist;

import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import java.util.Objects;
import java.util.Optional;

/** The model's API key in this computer's credential store, beside the POS tokens. */
public final class VaultApiKey implements ApiKeyStore {

    /** The vault entry's name; not secret. */
    public static final String NAME = "llm/api-key";

    private final SecretVault vault;

    public VaultApiKey(SecretVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    @Override
    public Optional<ApiKey> apiKey() {
        return vault.get(NAME).map(secret -> ApiKey.of(secret.reveal()));
    }

    @Override
    public void store(ApiKey key) {
        vault.put(NAME, Secret.of(key.reveal()));
    }

    @Override
    public void remove() {
        vault.remove(NAME);
    }
}
