package com.storedesk.assist;

import com.storedesk.assist.prompt.PromptRegistry;
import com.storedesk.assist.prompt.PromptTemplate;
import com.storedesk.assist.prompt.ShippedPrompts;
import dev.langchain4j.model.catalog.ModelDescription;
import dev.langchain4j.model.openai.OpenAiModelCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Settings' "Test": asks the endpoint for its models, then asks the model for one word, and says
 * which worked. The word prompt holds nothing personal; the call is audited like any other. An
 * answer closes an open circuit, so a repaired endpoint is used again at once. Blocking.
 */
public final class ConnectionTest {

    private final AssistGateway gateway;
    private final PromptRegistry prompts;
    private final ModelLister lister;

    /** Lists an endpoint's model names; throws as the HTTP client does. */
    @FunctionalInterface
    public interface ModelLister {
        List<String> models(LlmEndpoint endpoint);
    }

    public ConnectionTest(AssistGateway gateway, PromptRegistry prompts) {
        this(gateway, prompts, ConnectionTest::listModels);
    }

    public ConnectionTest(AssistGateway gateway, PromptRegistry prompts, ModelLister lister) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.lister = Objects.requireNonNull(lister, "lister");
    }

    public ConnectionReport run(String actor) {
        Optional<LlmEndpoint> configured = gateway.endpoint();
        if (configured.isEmpty()) {
            return new ConnectionReport(Optional.empty(), List.of());
        }
        LlmEndpoint endpoint = configured.get();
        List<ConnectionCheck> checks = new ArrayList<>();
        checks.add(ConnectionCheck.worked(ConnectionCheck.Step.CONFIGURED, endpoint.model()));
        try {
            List<String> models = lister.models(endpoint);
            checks.add(ConnectionCheck.worked(ConnectionCheck.Step.SERVER_REACHED, Integer.toString(models.size())));
            checks.add(models.contains(endpoint.model())
                    ? ConnectionCheck.worked(ConnectionCheck.Step.MODEL_LISTED, endpoint.model())
                    : ConnectionCheck.failed(ConnectionCheck.Step.MODEL_LISTED, endpoint.model(),
                            CallProblem.of(CallProblem.Kind.NOT_FOUND)));
        } catch (RuntimeException e) {
            checks.add(ConnectionCheck.failed(ConnectionCheck.Step.SERVER_REACHED, "", CallProblem.of(e)));
        }
        checks.add(answer(endpoint, actor));
        return new ConnectionReport(configured, checks);
    }

    private ConnectionCheck answer(LlmEndpoint endpoint, String actor) {
        PromptTemplate template = prompts.current(ShippedPrompts.CONNECTION_TEST);
        var rendered = template.render(Map.of());
        AtomicReference<String> sent = new AtomicReference<>(rendered.system() + "\n" + rendered.user());
        long started = System.nanoTime();
        AssistGateway.Reply reply = gateway.callDirectly(endpoint, rendered, sent);
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        LlmOutcome outcome = reply.problem() == null ? LlmOutcome.ANSWERED : reply.problem().outcome();
        gateway.audit().record(new LlmCall(actor, null, template.ref(), endpoint.model(), InputDigest.of(sent.get()),
                latency, outcome));
        return reply.problem() == null
                ? ConnectionCheck.worked(ConnectionCheck.Step.MODEL_ANSWERED, Long.toString(latency.toMillis()))
                : ConnectionCheck.failed(ConnectionCheck.Step.MODEL_ANSWERED, "", reply.problem());
    }

    private static List<String> listModels(LlmEndpoint endpoint) {
        OpenAiModelCatalog.Builder catalog = OpenAiModelCatalog.builder().baseUrl(endpoint.baseUrl())
                .connectTimeout(endpoint.timeout()).readTimeout(endpoint.timeout())
                .logRequests(false).logResponses(false);
        endpoint.apiKey().ifPresent(key -> catalog.apiKey(key.reveal()));
        return catalog.build().listModels().stream().map(ModelDescription::name).toList();
    }
}
