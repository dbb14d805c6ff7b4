package com.storedesk.assist;

import com.storedesk.assist.prompt.RenderedPrompt;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import java.util.function.Consumer;

/** Sends masked prompts to a chat model. Blocking; throws when the endpoint fails or is too slow. */
@FunctionalInterface
public interface ModelClient {

    /**
     * @param sentBody told the request body exactly as it goes on the wire, before it is sent
     * @return the model's answer text
     */
    String send(RenderedPrompt prompt, Consumer<String> sentBody);

    /**
     * One round of a conversation in which the model may ask for tools: the messages so far (already
     * masked) go out with the tools on offer, and the model's reply comes back, either text or tool
     * calls. Clients that cannot offer tools say so by throwing.
     *
     * @param sentBody told each request body exactly as it goes on the wire, before it is sent
     */
    default AiMessage chat(List<ChatMessage> messages, List<ToolSpecification> tools, Consumer<String> sentBody) {
        throw new UnsupportedOperationException("This model client offers no tools");
    }
}
