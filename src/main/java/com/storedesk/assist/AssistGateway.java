package com.storedesk.assist;

import com.storedesk.assist.privacy.Masking;
import com.storedesk.assist.prompt.PromptRegistry;
import com.storedesk.assist.prompt.PromptTemplate;
import com.storedesk.assist.prompt.RenderedPrompt;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way StoreDesk asks a language model. It fills the prompt in force with masked values,
 * sends it (unless no endpoint is set or the circuit is open), unmasks the answer, and records the
 * call with {@link LlmCallAudit}. When the model cannot answer in time or at all, the caller's
 * template answers instead, and the {@link Answer} says so. Blocking: run it off the FX thread.
 */
public final class AssistGateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AssistGateway.class);
    /** Beyond the HTTP timeout, for a body that trickles in after its headers. */
    private static final Duration GRACE = Duration.ofMillis(500);

    private final PromptRegistry prompts;
    private final LlmEndpoints endpoints;
    private final Function<LlmEndpoint, ModelClient> clients;
    private final CircuitBreaker breaker;
    private final LlmCallAudit audit;
    private final ExecutorService calls;
    private LlmEndpoint lastEndpoint;
    private ModelClient lastClient;

    public AssistGateway(PromptRegistry prompts, LlmEndpoints endpoints, CircuitBreaker breaker, LlmCallAudit audit) {
        this(prompts, endpoints, OpenAiModelClient::new, breaker, audit);
    }

    /** @param clients makes the client for an endpoint (the OpenAI-compatible one, or a stand-in in tests) */
    public AssistGateway(PromptRegistry prompts, LlmEndpoints endpoints, Function<LlmEndpoint, ModelClient> clients,
            CircuitBreaker breaker, LlmCallAudit audit) {
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.audit = Objects.requireNonNull(audit, "audit");
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "assist-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether an endpoint is configured now (environment or Settings). */
    public boolean hasModel() {
        return endpoints.current().isPresent();
    }

    public Optional<LlmEndpoint> endpoint() {
        return endpoints.current();
    }

    public CircuitBreaker.State circuit() {
        return breaker.state();
    }

    public Answer ask(AssistRequest request) {
        return answer(request, List.of());
    }

    /**
     * Asks with tools the model may call: a bounded loop ({@link ToolLoop}) runs within the same
     * timeout as a single call, and tool results are masked with the question's own masking. The
     * audit trail gets one entry for the whole question, whose digest is of every request body of
     * the loop, in order, joined by newlines. Any failure of the loop (a malformed reply, an unknown
     * tool, too many rounds, a tool that failed) is a failed call: the template answers.
     */
    public Answer askWithTools(AssistRequest request, List<AssistTool> tools) {
        if (tools.isEmpty()) {
            throw new IllegalArgumentException("askWithTools needs at least one tool");
        }
        return answer(request, List.copyOf(tools));
    }

    private Answer answer(AssistRequest request, List<AssistTool> tools) {
        PromptTemplate template = prompts.current(request.promptId());
        Optional<LlmEndpoint> endpoint = endpoints.current();
        if (endpoint.isEmpty()) {
            return new Answer(request.fallback().get(), AnswerMode.TEMPLATE, Optional.empty(), template.ref());
        }
        Masking masking = endpoints.masker().start(request.masking());
        Map<String, String> masked = new HashMap<>();
        request.variables().forEach((name, value) -> masked.put(name, masking.mask(value)));
        RenderedPrompt rendered = template.render(masked);
        notice(endpoint.get());
        if (!breaker.allowsCall()) {
            record(request, template, endpoint.get(), InputDigest.of(rendered.system() + "\n" + rendered.user()),
                    Duration.ZERO, LlmOutcome.SKIPPED);
            return fallback(request, template, LlmOutcome.SKIPPED);
        }
        List<String> bodies = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        Reply reply = call(endpoint.get(), client -> tools.isEmpty() ? client.send(rendered, bodies::add)
                : new ToolLoop(client, tools, masking).run(rendered, bodies::add));
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        if (reply.problem() == null) {
            breaker.succeeded();
        } else {
            breaker.failed();
            log.warn("Model call {} to {} ended {} after {} ms; the template answered", template.ref(),
                    endpoint.get().describedUrl(), reply.problem(), latency.toMillis());
        }
        LlmOutcome outcome = reply.problem() == null ? LlmOutcome.ANSWERED : reply.problem().outcome();
        // Nothing was sent when the client failed before its first request: the masked messages stand in.
        String sent = bodies.isEmpty() ? rendered.system() + "\n" + rendered.user() : String.join("\n", bodies);
        record(request, template, endpoint.get(), InputDigest.of(sent), latency, outcome);
        if (outcome != LlmOutcome.ANSWERED) {
            return fallback(request, template, outcome);
        }
        return new Answer(masking.unmask(reply.text()), AnswerMode.MODEL, Optional.of(outcome), template.ref());
    }

    /** Settings' test: the same client, but past the circuit breaker, which an answer closes. */
    Reply callDirectly(LlmEndpoint endpoint, RenderedPrompt prompt, AtomicReference<String> sent) {
        notice(endpoint);
        Reply reply = call(endpoint, client -> client.send(prompt, sent::set));
        if (reply.problem() == null) {
            breaker.reset();
        }
        return reply;
    }

    LlmCallAudit audit() {
        return audit;
    }

    /** A changed endpoint (Settings, environment, key) gets a new client and a closed circuit. */
    private synchronized void notice(LlmEndpoint endpoint) {
        if (!endpoint.equals(lastEndpoint)) {
            lastEndpoint = endpoint;
            lastClient = null;
            breaker.reset();
        }
    }

    /** Made on the call's own thread, so a URL the client cannot use fails that call like any other failure. */
    private synchronized ModelClient clientFor(LlmEndpoint endpoint) {
        notice(endpoint);
        if (lastClient == null) {
            lastClient = clients.apply(endpoint);
        }
        return lastClient;
    }

    /** Runs {@code exchange} on a call thread and waits for it no longer than the endpoint's timeout and the grace. */
    private Reply call(LlmEndpoint endpoint, Function<ModelClient, String> exchange) {
        Future<String> answer = calls.submit(() -> exchange.apply(clientFor(endpoint)));
        try {
            String text = answer.get(endpoint.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            return text == null || text.isBlank() ? new Reply(null, CallProblem.of(CallProblem.Kind.EMPTY_ANSWER))
                    : new Reply(text, null);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Reply(null, CallProblem.of(CallProblem.Kind.TIMEOUT));
        } catch (ExecutionException e) {
            return new Reply(null, CallProblem.of(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Reply(null, CallProblem.of(CallProblem.Kind.OTHER));
        }
    }

    private static Answer fallback(AssistRequest request, PromptTemplate template, LlmOutcome outcome) {
        return new Answer(request.fallback().get(), AnswerMode.TEMPLATE, Optional.of(outcome), template.ref());
    }

    private void record(AssistRequest request, PromptTemplate template, LlmEndpoint endpoint, String digest,
            Duration latency, LlmOutcome outcome) {
        audit.record(new LlmCall(request.actor(), request.storeId(), template.ref(), endpoint.model(), digest, latency,
                outcome));
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    /** The model's text, or why there is none. */
    record Reply(String text, CallProblem problem) {
    }
}
