package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.StoreDesk;
import com.storedesk.app.AppContext;
import com.storedesk.app.AppSetup;
import com.storedesk.app.StartOptions;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.pos.webhook.LightspeedBodies;
import com.storedesk.pos.webhook.TestBodies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code storedesk webhook verify} and {@code storedesk webhooks serve} as a user runs them. */
class WebhookCommandTest {

    private static final String KEY = "Ibxx_5AKakO-3qeNVR61Dw";
    private static final String URL = "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9";
    private static final String BODY = "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\","
            + "\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\","
            + "\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}";
    private static final String HEADER = "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=";

    @TempDir
    Path temp;

    @Test
    void squaresPublishedDeliveryIsValidAndATamperedOneInvalid() throws Exception {
        Path body = write("square.json", BODY.getBytes());
        Path tampered = write("tampered.json", BODY.replace("2022-07-13", "2022-06-13").getBytes());

        CliRun valid = CliRun.of("webhook", "verify", "--platform", "square", "--secret", KEY, "--url", URL,
                "--signature", HEADER, body.toString());
        CliRun invalid = CliRun.of("webhooks", "verify", "--platform", "square", "--secret", KEY, "--url", URL,
                "--signature", HEADER, tampered.toString());

        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(valid.out().strip()).isEqualTo("valid");
        assertThat(invalid.exitCode()).isEqualTo(WebhookVerifyCommand.INVALID);
        assertThat(invalid.out().strip()).isEqualTo("invalid");
        assertThat(invalid.err()).doesNotContain(KEY);
    }

    @Test
    void eachPlatformVerifiesAndTheSecretMayComeFromTheEnvironment() throws Exception {
        byte[] order = TestBodies.resource("shopify/webhook_shaped/orders_create.json");
        byte[] form = LightspeedBodies.productUpdate();
        Path shopify = write("order.json", order);
        Path lightspeed = write("form.txt", form);
        Path clover = write("clover.json", "{\"appId\":\"A\",\"merchants\":{}}".getBytes());
        Map<String, String> environment = Map.of("STOREDESK_WEBHOOK_SECRET_SHOPIFY", "shopify-secret",
                "STOREDESK_WEBHOOK_SECRET_LIGHTSPEED", "ls-secret", "STOREDESK_WEBHOOK_SECRET_CLOVER", "auth-code",
                "STOREDESK_WEBHOOK_SECRET_SQUARE", KEY, "STOREDESK_WEBHOOK_URL_SQUARE", URL);

        assertThat(run(environment, "webhook", "verify", "--platform", "shopify", "--signature",
                TestBodies.shopifySignature("shopify-secret", order), shopify.toString()).exitCode()).isZero();
        assertThat(run(environment, "webhook", "verify", "--platform", "lightspeed", "--signature",
                TestBodies.lightspeedSignature("ls-secret", form), lightspeed.toString()).exitCode()).isZero();
        assertThat(run(environment, "webhook", "verify", "--platform", "clover", "--signature", "auth-code",
                clover.toString()).exitCode()).isZero();
        assertThat(run(environment, "webhook", "verify", "--platform", "square", "--signature", HEADER,
                write("s.json", BODY.getBytes()).toString()).exitCode()).isZero();
        CliRun wrong = run(environment, "webhook", "verify", "--platform", "shopify", "--signature",
                TestBodies.shopifySignature("other", order), shopify.toString());
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.out().strip()).isEqualTo("invalid");
    }

    @Test
    void withoutASecretOrSquaresUrlItIsAUsageErrorNamingTheVariable() throws Exception {
        Path body = write("b.json", BODY.getBytes());

        CliRun noSecret = run(Map.of(), "webhook", "verify", "--platform", "shopify", "--signature", "x", body.toString());
        CliRun noUrl = run(Map.of(), "webhook", "verify", "--platform", "square", "--secret", KEY, "--signature", HEADER,
                body.toString());
        CliRun badPlatform = CliRun.of("webhook", "verify", "--platform", "toast", "--secret", "s", "--signature", "x",
                body.toString());

        assertThat(noSecret.exitCode()).isEqualTo(2);
        assertThat(noSecret.err()).contains("STOREDESK_WEBHOOK_SECRET_SHOPIFY");
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.err()).contains("STOREDESK_WEBHOOK_URL_SQUARE").doesNotContain(KEY);
        assertThat(badPlatform.exitCode()).isEqualTo(2);
        assertThat(badPlatform.err()).contains("square, shopify, clover, lightspeed");
    }

    @Test
    void aMissingFileIsExit1WithAClearLine() {
        CliRun missing = CliRun.of("webhook", "verify", "--platform", "clover", "--secret", "code", "--signature", "code",
                temp.resolve("nope.json").toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.json");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void serveReceivesASignedDeliveryIntoTheDatabaseAndStops() throws Exception {
        String database = temp.resolve("serve").toString();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> environment = Map.of("STOREDESK_WEBHOOK_SECRET_SQUARE", KEY, "STOREDESK_WEBHOOK_URL_SQUARE", URL);
        CompletableFuture<CliRun> serving = CompletableFuture.supplyAsync(() -> run(environment, "webhooks", "serve",
                "--port", Integer.toString(port), "--minutes", "0.2", "--db", database));

        OkHttpClient http = new OkHttpClient();
        int status = 0;
        for (int attempt = 0; attempt < 150 && status == 0; attempt++) {
            try (Response response = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/webhooks/square")
                    .header("x-square-hmacsha256-signature", HEADER)
                    .post(RequestBody.create(BODY.getBytes(), MediaType.get("application/json"))).build()).execute()) {
                status = response.code();
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        CliRun run = serving.get(60, TimeUnit.SECONDS);
        http.dispatcher().executorService().shutdown();

        assertThat(status).isEqualTo(200);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Receiving webhooks on http://127.0.0.1:" + port).contains("square: /webhooks/square")
                .contains("stopped").doesNotContain(KEY);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + database, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT status FROM webhook_event")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("UNHANDLED"); // no connector handles Square's webhooks yet
        }
    }

    @Test
    void serveTakesASavedConnectionsKeyAndNotificationUrlWithoutAnyVariable() throws Exception {
        String database = temp.resolve("saved").toString();
        long connection;
        try (AppContext context = AppContext.open(AppSetup.prepare(new StartOptions(false, Optional.of(database))))) {
            connection = context.connections().save(new UserSession("Ada Admin", Role.ADMINISTRATOR, true, Set.of(),
                    "admin"), new ConnectionDraft(null, Platform.SQUARE, Environment.CUSTOM, "http://127.0.0.1:9",
                    "L1", "", true, Secret.of("token"), Secret.of(KEY), URL)).id();
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CompletableFuture<CliRun> serving = CompletableFuture.supplyAsync(() -> run(Map.of(), "webhooks", "serve",
                "--port", Integer.toString(port), "--minutes", "0.2", "--db", database));

        int status = postUntilListening(port, HEADER);
        CliRun run = serving.get(60, TimeUnit.SECONDS);

        assertThat(status).isEqualTo(200);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("square: /webhooks/square").doesNotContain(KEY);
        try (Connection jdbc = DriverManager.getConnection("jdbc:h2:" + database, "sa", "");
                Statement statement = jdbc.createStatement();
                ResultSet rows = statement.executeQuery("SELECT connection_id FROM webhook_event")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).as("recorded as the saved connection's").isEqualTo(connection);
        }
    }

    private static int postUntilListening(int port, String signature) throws Exception {
        OkHttpClient http = new OkHttpClient();
        int status = 0;
        for (int attempt = 0; attempt < 150 && status == 0; attempt++) {
            try (Response response = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/webhooks/square")
                    .header("x-square-hmacsha256-signature", signature)
                    .post(RequestBody.create(BODY.getBytes(), MediaType.get("application/json"))).build()).execute()) {
                status = response.code();
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        http.dispatcher().executorService().shutdown();
        return status;
    }

    @Test
    void serveWithoutAnySecretSaysWhatToSet() {
        CliRun run = run(Map.of(), "webhooks", "serve", "--port", "0", "--db", temp.resolve("none").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("STOREDESK_WEBHOOK_SECRET_SQUARE").contains("Settings");
    }

    @Test
    void webhooksAloneIsAUsageError() {
        assertThat(CliRun.of("webhooks").exitCode()).isEqualTo(2);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }

    /** Runs with the given environment instead of the process's own. */
    private static CliRun run(Map<String, String> environment, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine commandLine = StoreDesk.commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == WebhookVerifyCommand.class) {
                    return type.cast(new WebhookVerifyCommand(environment::get));
                }
                if (type == WebhooksServeCommand.class) {
                    return type.cast(new WebhooksServeCommand(environment::get));
                }
                return defaults.create(type);
            }
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
