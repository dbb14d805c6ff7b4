package com.storedesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An OpenAI-compatible server for tests: {@code POST /v1/chat/completions} and {@code GET /v1/models}
 * answer as OpenAI's API reference shows, and every request body is kept for inspection.
 */
public final class FakeOpenAi implements AutoCloseable {

    public static final String MODEL = "gpt-4o-mini";

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile Function<String, MockResponse> chat = body -> completion("OK");

    public FakeOpenAi() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                requests.add(request);
                bodies.add(body);
                if (request.getPath() != null && request.getPath().endsWith("/models")) {
                    return json("{\"object\":\"list\",\"data\":[{\"id\":\"" + MODEL
                            + "\",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"openai\"},"
                            + "{\"id\":\"text-embedding-3-small\",\"object\":\"model\",\"created\":1705948997,"
                            + "\"owned_by\":\"system\"}]}");
                }
                return chat.apply(body);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL as users write it: {@code http://host:port/v1}. */
    public String baseUrl() {
        return server.url("/v1").toString();
    }

    /** How the chat endpoint answers from now on, given the request body. */
    public void answering(Function<String, MockResponse> responder) {
        this.chat = responder;
    }

    public List<String> bodies() {
        return bodies;
    }

    public List<RecordedRequest> requests() {
        return requests;
    }

    public int requestCount() {
        return requests.size();
    }

    public static MockResponse completion(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return json("{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion\",\"created\":1677652288,\"model\":\""
                + MODEL + "\",\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,\"message\":"
                + "{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21}}");
    }

    /**
     * An assistant message that asks for one tool, as OpenAI's API reference shows a function call:
     * no content, {@code tool_calls} with the arguments as a JSON string, finish reason {@code tool_calls}.
     */
    public static MockResponse toolCall(String callId, String tool, String argumentsJson) {
        String arguments = argumentsJson.replace("\\", "\\\\").replace("\"", "\\\"");
        return json("{\"id\":\"chatcmpl-456\",\"object\":\"chat.completion\",\"created\":1699896916,\"model\":\""
                + MODEL + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"id\":\"" + callId + "\",\"type\":\"function\",\"function\":{\"name\":\"" + tool
                + "\",\"arguments\":\"" + arguments + "\"}}]},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}],"
                + "\"usage\":{\"prompt_tokens\":82,\"completion_tokens\":17,\"total_tokens\":99}}");
    }

    public static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
