package com.storedesk.assist;

import com.storedesk.config.LlmSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A model to call: where, which, how long to wait, and with which key. Its text shows no key and no URL credentials. */
public record LlmEndpoint(String baseUrl, String model, Duration timeout, Optional<ApiKey> apiKey) {

    public LlmEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /** The URL as logs and reports may show it. */
    public String describedUrl() {
        return LlmSettings.describe(baseUrl);
    }

    @Override
    public String toString() {
        return "LlmEndpoint[" + describedUrl() + ", model=" + model + ", timeout=" + timeout + ", key="
                + (apiKey.isPresent() ? "set" : "none") + "]";
    }
}
