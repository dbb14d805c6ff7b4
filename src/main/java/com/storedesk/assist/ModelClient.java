package com.storedesk.assist;

import com.storedesk.assist.prompt.RenderedPrompt;
import java.util.function.Consumer;

/** Sends one masked prompt to a chat model. Blocking; throws when the endpoint fails or is too slow. */
@FunctionalInterface
public interface ModelClient {

    /**
     * @param sentBody told the request body exactly as it goes on the wire, before it is sent
     * @return the model's answer text
     */
    String send(RenderedPrompt prompt, Consumer<String> sentBody);
}
