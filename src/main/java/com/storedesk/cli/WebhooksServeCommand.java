package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.app.WebhookTexts;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.webhook.WebhookService;
import com.storedesk.pos.connection.WebhookReadiness;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.pos.webhook.WebhookSecrets;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk webhooks serve}: receives POS webhooks until Ctrl-C, with the same receiver the app
 * starts from Settings. A delivery is checked against each saved connection's signature key (from this
 * computer's vault) and the environment's; secrets are not taken as options, which other users of the
 * computer can read.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Receive webhooks from Square, Shopify, Clover and Lightspeed (X-Series) until Ctrl-C.",
            "Each platform is served when a saved connection of it has a webhook signature key on this computer"
                    + " (Settings, POS connections; Square with its notification URL) or"
                    + " STOREDESK_WEBHOOK_SECRET_<PLATFORM> is set (SQUARE, SHOPIFY, CLOVER, LIGHTSPEED); Square's"
                    + " variable also needs STOREDESK_WEBHOOK_URL_SQUARE or --square-url. Paths: /webhooks/square,"
                    + " /webhooks/shopify, /webhooks/clover, /webhooks/lightspeed."})
public final class WebhooksServeCommand implements Callable<Integer> {

    private final Function<String, String> environment;

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--port", required = true, paramLabel = "P", description = "The port to listen on (0: any free one).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "The address to listen"
            + " on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 for every network).")
    private String bind;

    @Option(names = "--square-url", paramLabel = "URL", description = "The notification URL of the Square"
            + " subscription whose key is in STOREDESK_WEBHOOK_SECRET_SQUARE (default: STOREDESK_WEBHOOK_URL_SQUARE);"
            + " Square signs it with each delivery. Saved connections keep their own.")
    private String squareUrl;

    @Option(names = "--minutes", paramLabel = "M", description = "Stop after M minutes instead of waiting for Ctrl-C.")
    private Double minutes;

    @Spec
    private CommandSpec spec;

    public WebhooksServeCommand() {
        this(System::getenv);
    }

    WebhooksServeCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535 || (minutes != null && !(minutes > 0))) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535 and --minutes above 0");
        }
        Messages messages = SettingsLanguage.messages();
        WebhookSecrets fromEnvironment = environmentSecrets(messages);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (UntilStopped stopped = new UntilStopped(); AppContext context = databaseOption.open()) {
            List<WebhookReadiness> connections = context.connectionWebhooks().readiness();
            boolean anyConnection = connections.stream().anyMatch(c -> c.state() == WebhookReadiness.State.READY);
            if (!anyConnection && !anyKey(fromEnvironment)) {
                err.println(messages.get("webhook.serve.noSecrets"));
                err.println(messages.get("webhook.serve.noConnectionKeys"));
                err.flush();
                return 1;
            }
            for (WebhookReadiness connection : connections) {
                if (connection.state() != WebhookReadiness.State.READY) {
                    say(err, messages.get("webhook.serve.connectionNotReady", connection.connection().source(),
                            messages.get(WebhookTexts.readinessKey(connection.state()))));
                }
            }
            context.posConnectors().webhookFetchers(context.connections().enabled(), (connection, problem) ->
                    say(err, messages.get("webhook.serve.connectionSkipped", connection.source(),
                            messages.get(problem.messageKey()))));
            WebhookService receiver = context.webhooks();
            WebhookService.Status status = receiver.start(bind, port, fromEnvironment,
                    code -> say(out, messages.get("webhook.serve.cloverCode", code)));
            if (status.state() != WebhookService.State.LISTENING) {
                err.println(messages.get("webhook.serve.cannotListen", bind + ":" + port));
                err.flush();
                return 1;
            }
            try {
                say(out, messages.get("webhook.serve.listening", "http://" + bind + ":" + status.port()));
                for (WebhookPlatform platform : receiver.servedPlatforms()) {
                    say(out, "  " + platform.id() + ": " + platform.path());
                }
                say(out, messages.get("webhook.serve.howToStop"));
                stopped.await(minutes == null ? null : Duration.ofMillis(Math.round(minutes * 60_000)));
            } finally {
                receiver.stop();
            }
            say(out, messages.get("webhook.serve.stopped"));
            return 0;
        }
    }

    /** The environment's secrets, checked now: a Square key without its URL is a usage error, not 401s later. */
    private WebhookSecrets environmentSecrets(Messages messages) {
        WebhookSecrets fromEnvironment = WebhookSecrets.fromEnvironment(environment, squareUrl);
        for (WebhookPlatform platform : WebhookPlatform.values()) {
            try {
                fromEnvironment.keys(platform);
            } catch (IllegalStateException e) {
                throw new ParameterException(spec.commandLine(),
                        messages.get("webhook.serve.noSquareUrl", WebhookSecrets.urlVariable(platform)));
            }
        }
        return fromEnvironment;
    }

    private static boolean anyKey(WebhookSecrets secrets) {
        for (WebhookPlatform platform : WebhookPlatform.values()) {
            if (!secrets.keys(platform).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static synchronized void say(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
