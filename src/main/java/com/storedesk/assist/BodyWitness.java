package com.storedesk.assist;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An HTTP client builder that lets the gateway see each request body as it leaves, so the audit
 * trail's digest is of exactly what the endpoint received. The listener is per thread: a model
 * call runs its HTTP exchange on the thread that made it.
 */
final class BodyWitness implements HttpClientBuilder {

    private final HttpClientBuilder delegate;
    private final ThreadLocal<Consumer<String>> listener = new ThreadLocal<>();

    BodyWitness(HttpClientBuilder delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code call} with {@code sentBody} told of the bodies it sends. */
    <T> T watching(Consumer<String> sentBody, Supplier<T> call) {
        listener.set(sentBody);
        try {
            return call.get();
        } finally {
            listener.remove();
        }
    }

    @Override
    public Duration connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        delegate.connectTimeout(timeout);
        return this;
    }

    @Override
    public Duration readTimeout() {
        return delegate.readTimeout();
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        delegate.readTimeout(timeout);
        return this;
    }

    @Override
    public HttpClient build() {
        HttpClient client = delegate.build();
        return new HttpClient() {
            @Override
            public SuccessfulHttpResponse execute(HttpRequest request) {
                tell(request);
                return client.execute(request);
            }

            @Override
            public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener events) {
                tell(request);
                client.execute(request, parser, events);
            }
        };
    }

    private void tell(HttpRequest request) {
        Consumer<String> sink = listener.get();
        if (sink != null && request.body() != null) {
            sink.accept(request.body());
        }
    }
}
