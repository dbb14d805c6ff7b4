package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.config.SettingsFile;
import com.storedesk.config.WebhookSettings;
import com.storedesk.ingest.webhook.WebhookService;
import com.storedesk.testing.TestInstallation;
import org.junit.jupiter.api.Test;

/** "Start with StoreDesk": the receiver listens where the settings file says, and stops when the app closes. */
class WebhooksStartWithAppTest {

    @Test
    void theChosenReceiverStartsWithTheAppAndStopsWithIt() {
        TestInstallation installation = TestInstallation.create()
                .settings(s -> s.withWebhooks(new WebhookSettings("127.0.0.1", 0, true)));
        assertThat(new SettingsFile(installation.home()).load().webhooks())
                .as("read back from the file").isEqualTo(new WebhookSettings("127.0.0.1", 0, true));
        WebhookService service;
        try (AppContext context = installation.open(false)) {
            service = context.webhooks();
            context.startWebhooksIfChosen();
            assertThat(service.status().state()).isEqualTo(WebhookService.State.LISTENING);
            assertThat(service.status().port()).isPositive();
        }
        assertThat(service.status().state()).isEqualTo(WebhookService.State.STOPPED);
    }

    @Test
    void byDefaultNothingListens() {
        try (AppContext context = TestInstallation.create().open(false)) {
            assertThat(context.setup().settings().current().webhooks())
                    .isEqualTo(new WebhookSettings(WebhookSettings.LOOPBACK, 8787, false));
            context.startWebhooksIfChosen();
            assertThat(context.webhooks().status().state()).isEqualTo(WebhookService.State.STOPPED);
        }
    }
}
