package com.storedesk.assist;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The key from {@value #VARIABLE}, for IT pre-sets and scripted use of the command line. */
public final class EnvironmentApiKey implements ApiKeySource {

    public static final String VARIABLE = "STOREDESK_LLM_API_KEY";

    private final Map<String, String> environment;

    /** @param environment {@code System.getenv()}, or a map in tests */
    public EnvironmentApiKey(Map<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Optional<ApiKey> apiKey() {
        String value = environment.get(VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(ApiKey.of(value));
    }
}
