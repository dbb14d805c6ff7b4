package com.storedesk.assist;

import java.util.Optional;

/**
 * Where the model's API key comes from: the environment ({@link EnvironmentApiKey}) or the credential
 * store ({@link VaultApiKey}), the environment first. Asked on every call, so a key changed meanwhile
 * is used from the next call on.
 */
@FunctionalInterface
public interface ApiKeySource {

    /** The key, or empty when the endpoint needs none (a local Ollama or LM Studio). */
    Optional<ApiKey> apiKey();
}
