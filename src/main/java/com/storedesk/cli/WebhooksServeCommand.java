package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.webhook.WebhookDispatcher;
import com.storedesk.ingest.webhook.WebhookHandlers;
import com.storedesk.ingest.webhook.WebhookInbox;
import com.storedesk.ingest.webhook.WebhookReceiver;
import com.storedesk.ingest.webhook.WebhookServer;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.pos.webhook.WebhookEventHandler;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.pos.webhook.WebhookSecret;
import com.storedesk.pos.webhook.WebhookSecrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk webhooks serve}: receives POS webhooks until Ctrl-C. Each platform with a secret in the
 * environment gets its path; secrets are not taken as options, which other users of the computer can read.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Receive webhooks from Square, Shopify, Clover and Lightspeed (X-Series) until Ctrl-C.",
            "Each platform is served when STOREDESK_WEBHOOK_SECRET_<PLATFORM> is set (SQUARE, SHOPIFY, CLOVER,"
                    + " LIGHTSPEED); Square also needs its notification URL (STOREDESK_WEBHOOK_URL_SQUARE or"
                    + " --square-url). Paths: /webhooks/square, /webhooks/shopify, /webhooks/clover, /webhooks/lightspeed."})
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
            + " subscription (default: STOREDESK_WEBHOOK_URL_SQUARE); Square signs it with each delivery.")
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
        Map<WebhookPlatform, WebhookSecret> secrets = secrets(messages);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (secrets.isEmpty()) {
            err.println(messages.get("webhook.serve.noSecrets"));
            err.flush();
            return 1;
        }
        try (UntilStopped stopped = new UntilStopped();
                AppContext context = databaseOption.open();
                Receiving receiving = Receiving.on(context, (connection, problem) -> say(err,
                        messages.get("webhook.serve.connectionSkipped", connection.source(),
                                messages.get(problem.messageKey()))))) {
            WebhookDispatcher dispatcher = receiving.dispatcher();
            WebhookReceiver receiver = new WebhookReceiver(platform -> Optional.ofNullable(secrets.get(platform)),
                    receiving.inbox(), dispatcher, context.audit(),
                    code -> say(out, messages.get("webhook.serve.cloverCode", code)), context.clock());
            WebhookServer server;
            try {
                server = WebhookServer.start(new InetSocketAddress(bind, port), receiver,
                        WebhookServer.DEFAULT_MAX_BODY_BYTES);
            } catch (IOException e) {
                err.println(messages.get("webhook.serve.cannotListen", bind + ":" + port));
                err.flush();
                return 1;
            }
            try (server) {
                dispatcher.resumePending();
                say(out, messages.get("webhook.serve.listening", "http://" + bind + ":" + server.port()));
                for (WebhookPlatform platform : secrets.keySet()) {
                    say(out, "  " + platform.id() + ": " + platform.path());
                }
                say(out, messages.get("webhook.serve.howToStop"));
                stopped.await(minutes == null ? null : Duration.ofMillis(Math.round(minutes * 60_000)));
            }
            say(out, messages.get("webhook.serve.stopped"));
            return 0;
        }
    }

    private Map<WebhookPlatform, WebhookSecret> secrets(Messages messages) {
        WebhookSecrets fromEnvironment = WebhookSecrets.fromEnvironment(environment, squareUrl);
        Map<WebhookPlatform, WebhookSecret> found = new EnumMap<>(WebhookPlatform.class);
        for (WebhookPlatform platform : WebhookPlatform.values()) {
            try {
                fromEnvironment.secret(platform).ifPresent(secret -> found.put(platform, secret));
            } catch (IllegalStateException e) {
                throw new ParameterException(spec.commandLine(),
                        messages.get("webhook.serve.noSquareUrl", WebhookSecrets.urlVariable(platform)));
            }
        }
        return found;
    }

    /** The inbox and its dispatcher, which hands each delivery to the configured connections of its platform. */
    private record Receiving(WebhookInbox inbox, WebhookDispatcher dispatcher) implements AutoCloseable {

        static Receiving on(AppContext context, BiConsumer<PosConnection, ConnectorException> skipped) {
            WebhookInbox inbox = new WebhookInbox(context.database());
            WebhookHandlers handlers = WebhookHandlers.none();
            for (Map.Entry<WebhookPlatform, WebhookEventHandler> handler : context.posConnectors()
                    .webhookHandlers(context.connections().enabled(), skipped).entrySet()) {
                handlers = handlers.with(handler.getKey(), handler.getValue());
            }
            return new Receiving(inbox, new WebhookDispatcher(inbox, handlers,
                    events -> context.ingest().ingest(events), context.clock()));
        }

        @Override
        public void close() {
            dispatcher.close();
        }
    }

    private static synchronized void say(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
