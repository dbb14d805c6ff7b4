package com.storedesk.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the assistant's language model is, as Settings keeps it. The API key is not here: it never
 * goes into the settings file (it comes from the environment or, later, the credential store).
 * Environment variables override these values; see {@code com.storedesk.assist.LlmEndpoints}.
 *
 * @param baseUrl an OpenAI-compatible endpoint such as {@code https://api.openai.com/v1} or
 *     {@code http://localhost:11434/v1}; empty means no model: the assistant answers from templates
 * @param model the model name the endpoint knows ({@code gpt-4o-mini}, {@code llama3.1})
 * @param timeout how long one answer may take before the templates answer instead
 * @param loyaltyIdPattern a regular expression for the store's loyalty ids, masked wherever they
 *     appear in text sent to a model
 */
public record LlmSettings(Optional<String> baseUrl, Optional<String> model, Duration timeout,
        String loyaltyIdPattern) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** The demo chain's loyalty cards: {@code HP} and eight digits. */
    public static final String DEFAULT_LOYALTY_ID_PATTERN = "HP\\d{8}";

    public LlmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(loyaltyIdPattern, "loyaltyIdPattern");
    }

    public static LlmSettings none() {
        return new LlmSettings(Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT, DEFAULT_LOYALTY_ID_PATTERN);
    }

    public LlmSettings withEndpoint(String url, String modelName) {
        return new LlmSettings(Optional.of(url), Optional.of(modelName), timeout, loyaltyIdPattern);
    }

    public LlmSettings withTimeout(Duration value) {
        return new LlmSettings(baseUrl, model, value, loyaltyIdPattern);
    }

    public LlmSettings withLoyaltyIdPattern(String value) {
        return new LlmSettings(baseUrl, model, timeout, value);
    }

    /**
     * A URL as logs and the audit trail may show it: scheme, host, port and path, without a user,
     * password or query (some endpoints take a key there).
     */
    public static String describe(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() == null) {
                return "(invalid URL)";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return "(invalid URL)";
        }
    }
}
