package com.storedesk.assist;

import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.Map;

/**
 * Something the model may ask the gateway to look up during one question (a product search, the
 * stock by store). The gateway runs it here, on this machine: its arguments arrive with the
 * model's placeholders already replaced by the real values, and its result is masked before the
 * model sees it.
 */
public interface AssistTool {

    /** The name, description and parameters the model is shown. */
    ToolSpecification specification();

    /**
     * Runs the look-up. Blocking (reads the database); runs on the gateway's call thread.
     *
     * @param arguments the model's arguments by name, unmasked; numbers and booleans as their text
     * @return what the model is told, as plain text (masked by the gateway before it leaves)
     */
    String run(Map<String, String> arguments);

    default String name() {
        return specification().name();
    }
}
