package com.storedesk.assist;

import java.util.Optional;

/**
 * Where the model's API key comes from. The environment provides it now
 * ({@link EnvironmentApiKey}); the credential store will too, adapted in the composition root. Asked
 * on every call, so a key changed meanwhile is used from the next call on.
 */
@FunctionalInterface
public interface ApiKeySource {

    /** The key, or empty when the endpoint needs none (a local Ollama or LM Studio). */
    Optional<ApiKey> apiKey();
}
