package com.storedesk.cli;

import com.storedesk.i18n.Messages;
import com.storedesk.pos.webhook.WebhookPlatform;
import com.storedesk.pos.webhook.WebhookSecret;
import com.storedesk.pos.webhook.WebhookSecrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk webhook verify}: whether a saved delivery body and the signature header that came with it
 * match a secret, checked exactly as the receiver does. Prints {@code valid} or {@code invalid} (fixed words,
 * for scripts) and exits 0 or 1.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a webhook delivery's signature against a secret; prints valid or invalid.",
            "The secret may come from STOREDESK_WEBHOOK_SECRET_<PLATFORM> (e.g. STOREDESK_WEBHOOK_SECRET_SHOPIFY)"
                    + " instead of --secret, which other users of the computer can see; Square's URL from"
                    + " STOREDESK_WEBHOOK_URL_SQUARE.",
            "Exit code: 0 valid, 1 invalid or unreadable file, 2 usage error."})
public final class WebhookVerifyCommand implements Callable<Integer> {

    static final int INVALID = 1;

    private final Function<String, String> environment;

    @Option(names = "--platform", required = true, paramLabel = "P", converter = WebhookPlatformConverter.class,
            completionCandidates = WebhookPlatformConverter.class,
            description = "square, shopify, clover or lightspeed.")
    private WebhookPlatform platform;

    @Option(names = "--secret", paramLabel = "S", description = "Square's signature key, Shopify's or Lightspeed's"
            + " client secret, or Clover's auth code (default: STOREDESK_WEBHOOK_SECRET_<PLATFORM>).")
    private String secret;

    @Option(names = "--url", paramLabel = "U", description = "Square only: the notification URL of the subscription"
            + " (default: STOREDESK_WEBHOOK_URL_SQUARE).")
    private String url;

    @Option(names = "--signature", required = true, paramLabel = "SIG", description = "The signature header's value"
            + " (x-square-hmacsha256-signature, X-Shopify-Hmac-Sha256, X-Clover-Auth or X-Signature).")
    private String signature;

    @Parameters(paramLabel = "FILE", description = "The delivery's body, byte for byte as it was received.")
    private Path file;

    @Spec
    private CommandSpec spec;

    public WebhookVerifyCommand() {
        this(System::getenv);
    }

    WebhookVerifyCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Messages messages = SettingsLanguage.messages();
        WebhookSecret key = secret(messages);
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(messages.get("webhook.verify.unreadable", file.toAbsolutePath()));
            err.flush();
            return INVALID;
        }
        boolean valid = platform.scheme().verify(body, signature, key);
        PrintWriter out = spec.commandLine().getOut();
        out.println(valid ? "valid" : "invalid");
        out.flush();
        return valid ? 0 : INVALID;
    }

    private WebhookSecret secret(Messages messages) {
        String variable = WebhookSecrets.secretVariable(platform);
        String value = secret != null ? secret : environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new ParameterException(spec.commandLine(), messages.get("webhook.verify.noSecret", variable));
        }
        WebhookSecret key = WebhookSecret.of(value);
        if (platform != WebhookPlatform.SQUARE) {
            return key;
        }
        String urlVariable = WebhookSecrets.urlVariable(platform);
        String notificationUrl = url != null ? url : environment.apply(urlVariable);
        if (notificationUrl == null || notificationUrl.isBlank()) {
            throw new ParameterException(spec.commandLine(), messages.get("webhook.verify.noUrl", urlVariable));
        }
        return key.at(notificationUrl);
    }
}
