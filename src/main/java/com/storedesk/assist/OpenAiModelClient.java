package com.storedesk.assist;

import com.storedesk.assist.prompt.RenderedPrompt;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * langchain4j's OpenAI chat model against any OpenAI-compatible endpoint (OpenAI, Azure OpenAI's
 * v1 API, Ollama, vLLM, LM Studio). No retries of its own: the gateway's fallback and circuit
 * breaker decide what a failure costs. Request and response logging stay off: even masked, a
 * prompt is a customer's story.
 */
final class OpenAiModelClient implements ModelClient {

    /** The JDK's own HTTP client (langchain4j-http-client-jdk, found by the loader), watched for what it sends. */
    private final BodyWitness witness = new BodyWitness(HttpClientBuilderLoader.loadHttpClientBuilder());
    private final ChatModel model;

    OpenAiModelClient(LlmEndpoint endpoint) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .httpClientBuilder(witness)
                .baseUrl(endpoint.baseUrl())
                .modelName(endpoint.model())
                .timeout(endpoint.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        endpoint.apiKey().ifPresent(key -> builder.apiKey(key.reveal()));
        this.model = builder.build();
    }

    @Override
    public String send(RenderedPrompt prompt, Consumer<String> sentBody) {
        List<ChatMessage> messages = new ArrayList<>();
        if (!prompt.system().isEmpty()) {
            messages.add(SystemMessage.from(prompt.system()));
        }
        messages.add(UserMessage.from(prompt.user()));
        return witness.watching(sentBody,
                () -> model.chat(ChatRequest.builder().messages(messages).build()).aiMessage().text());
    }

    @Override
    public AiMessage chat(List<ChatMessage> messages, List<ToolSpecification> tools, Consumer<String> sentBody) {
        ChatRequest.Builder request = ChatRequest.builder().messages(messages);
        if (!tools.isEmpty()) {
            request.toolSpecifications(tools);
        }
        return witness.watching(sentBody, () -> model.chat(request.build()).aiMessage());
    }
}
