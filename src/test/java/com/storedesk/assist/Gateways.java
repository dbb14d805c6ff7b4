package com.storedesk.assist;

import com.storedesk.assist.prompt.PromptRegistry;
import com.storedesk.assist.prompt.PromptRepository;
import com.storedesk.assist.prompt.ShippedPrompts;
import com.storedesk.audit.AuditEvent;
import com.storedesk.config.LlmSettings;
import com.storedesk.data.Database;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.testing.FakeOpenAi;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Gateways for tests: the shipped prompts (one database per test run), audit events kept in a list. */
final class Gateways {

    private static Database database;

    final List<AuditEvent> audited = new CopyOnWriteArrayList<>();
    final CircuitBreaker breaker;
    final AssistGateway gateway;
    final PromptRegistry prompts = new PromptRegistry(new ShippedPrompts(), new PromptRepository(database()));

    Gateways(LlmSettings settings, Map<String, String> environment, Clock clock) {
        this.breaker = new CircuitBreaker(3, Duration.ofMinutes(1), clock);
        this.gateway = new AssistGateway(prompts,
                new LlmEndpoints(() -> settings, environment, new EnvironmentApiKey(environment)), breaker,
                new LlmCallAudit(audited::add));
    }

    static LlmSettings pointingAt(String baseUrl, Duration timeout) {
        return LlmSettings.none().withEndpoint(baseUrl, FakeOpenAi.MODEL).withTimeout(timeout);
    }

    private static synchronized Database database() {
        if (database == null) {
            database = Database.open(new DatabaseLocation.H2File(
                    Path.of("target", "test-dbs", UUID.randomUUID().toString(), "storedesk")), Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "assist-test-db-close"));
        }
        return database;
    }
}
