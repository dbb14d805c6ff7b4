package com.storedesk.assist;

import com.storedesk.config.LlmSettings;
import java.util.List;

/**
 * What Settings shows of the assistant: the saved endpoint, whether a key is stored here, and which
 * environment variables override what is saved (IT's pre-sets win; the form says so).
 */
public record AssistantOverview(LlmSettings saved, boolean keyStored, List<String> overriddenBy) {

    public AssistantOverview {
        overriddenBy = List.copyOf(overriddenBy);
    }
}
