package com.storedesk.assist;

/**
 * The assistant's endpoint as an administrator is about to save it. A null key keeps the stored one;
 * {@code removeKey} forgets it (for a local server that needs none).
 *
 * @param baseUrl blank for no model: the assistant answers from its templates
 */
public record AssistantDraft(String baseUrl, String model, int timeoutSeconds, String loyaltyIdPattern,
        ApiKey newKey, boolean removeKey) {

    public AssistantDraft {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
        loyaltyIdPattern = loyaltyIdPattern == null ? "" : loyaltyIdPattern.strip();
    }
}
