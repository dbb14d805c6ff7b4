package com.storedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storedesk webhooks …} (also {@code webhook …}): receive POS webhooks, or check one signature. */
@Command(name = "webhooks", aliases = "webhook", mixinStandardHelpOptions = true,
        description = "Receive POS webhooks (serve) or check a delivery's signature (verify).",
        subcommands = {WebhooksServeCommand.class, WebhookVerifyCommand.class})
public final class WebhooksCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** {@code storedesk webhooks} alone is a usage error (exit 2), not a silent success. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'storedesk webhooks serve'.");
    }
}
