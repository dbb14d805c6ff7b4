package com.storedesk.assist;

import com.storedesk.assist.privacy.PiiMasker;
import com.storedesk.config.LlmSettings;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The endpoint in force, asked afresh for every call: environment variables
 * ({@value #BASE_URL}, {@value #MODEL}, and the key from {@link ApiKeySource}) win over Settings,
 * so IT can pre-set a machine and scripts can point the command line elsewhere. Without a base URL
 * there is no model and the assistant answers from its templates.
 */
public final class LlmEndpoints {

    public static final String BASE_URL = "STOREDESK_LLM_BASE_URL";
    public static final String MODEL = "STOREDESK_LLM_MODEL";
    /** OpenAI's small model, for an endpoint given without one. */
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    private final Supplier<LlmSettings> settings;
    private final Map<String, String> environment;
    private final ApiKeySource keys;

    public LlmEndpoints(Supplier<LlmSettings> settings, Map<String, String> environment, ApiKeySource keys) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.environment = Map.copyOf(environment);
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public Optional<LlmEndpoint> current() {
        LlmSettings now = settings.get();
        Optional<String> baseUrl = variable(BASE_URL).or(now::baseUrl);
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        String model = variable(MODEL).or(now::model).orElse(DEFAULT_MODEL);
        return Optional.of(new LlmEndpoint(baseUrl.get().trim(), model.trim(), now.timeout(), keys.apiKey()));
    }

    /** Masks with the loyalty-id pattern in force. */
    public PiiMasker masker() {
        return new PiiMasker(settings.get().loyaltyIdPattern());
    }

    private Optional<String> variable(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
