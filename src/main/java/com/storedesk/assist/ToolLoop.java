package com.storedesk.assist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.assist.privacy.Masking;
import com.storedesk.assist.prompt.RenderedPrompt;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One question with tools: the masked prompt goes out with the tools on offer; while the model asks
 * for tools, each runs here with its arguments unmasked, and its result goes back masked with the
 * same {@link Masking}, so a customer's name the model never saw stays a placeholder on both sides.
 * Ends with the model's text (still masked: the gateway unmasks it), or throws when the model asks
 * for a tool nobody offered, sends arguments that are not a JSON object, or is still asking for tools
 * after {@link #MOST_ROUNDS} requests.
 */
final class ToolLoop {

    /** Requests to the model in one question: enough for a search, a stock look-up and an answer. */
    static final int MOST_ROUNDS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelClient client;
    private final Map<String, AssistTool> tools = new LinkedHashMap<>();
    private final Masking masking;

    ToolLoop(ModelClient client, List<AssistTool> tools, Masking masking) {
        this.client = client;
        tools.forEach(tool -> this.tools.put(tool.name(), tool));
        this.masking = masking;
    }

    String run(RenderedPrompt prompt, Consumer<String> sentBody) {
        List<ChatMessage> messages = new ArrayList<>();
        if (!prompt.system().isEmpty()) {
            messages.add(SystemMessage.from(prompt.system()));
        }
        messages.add(UserMessage.from(prompt.user()));
        List<ToolSpecification> offered = tools.values().stream().map(AssistTool::specification).toList();
        for (int round = 1; round <= MOST_ROUNDS; round++) {
            AiMessage reply = client.chat(messages, offered, sentBody);
            if (reply == null) {
                throw new ToolLoopException("The model sent no message");
            }
            if (!reply.hasToolExecutionRequests()) {
                return reply.text();
            }
            messages.add(reply);
            for (ToolExecutionRequest call : reply.toolExecutionRequests()) {
                AssistTool tool = tools.get(call.name());
                if (tool == null) {
                    throw new ToolLoopException("The model asked for a tool that was not offered");
                }
                String result = tool.run(arguments(call.arguments()));
                messages.add(ToolExecutionResultMessage.from(call, masking.mask(result)));
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new ToolLoopException("The question was given up");
            }
        }
        throw new ToolLoopException("The model still asked for tools after " + MOST_ROUNDS + " requests");
    }

    /** The model's JSON object, each text value with its placeholders replaced by what they stand for. */
    private Map<String, String> arguments(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            // Not the parser's message: it quotes the arguments.
            throw new ToolLoopException("The model's tool arguments are not JSON");
        }
        if (tree == null || tree.isNull()) {
            return Map.of();
        }
        if (!tree.isObject()) {
            throw new ToolLoopException("The model's tool arguments are not a JSON object");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                arguments.put(field.getKey(), masking.unmask(value.asText()));
            }
        }
        return arguments;
    }

    /** Why the loop gave up; its message never holds the model's text or a tool's result. */
    static final class ToolLoopException extends RuntimeException {
        ToolLoopException(String message) {
            super(message);
        }
    }
}
