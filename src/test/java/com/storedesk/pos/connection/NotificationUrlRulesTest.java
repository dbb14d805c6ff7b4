package com.storedesk.pos.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Square's notification URL: https anywhere, plain http only to this computer or the store's network. */
class NotificationUrlRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://relay.example/webhooks/square", "http://127.0.0.1:8787/webhooks/square",
        "http://localhost/webhooks/square", "http://192.168.1.20/webhooks/square", "http://10.0.0.5/hook",
        "http://172.20.1.1/hook", "http://backoffice.local/hook"})
    void aUsableUrlIsKeptAsTyped(String url) {
        assertThat(ConnectionRules.checkedNotificationUrl(square(" " + url + " "))).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://relay.example/webhooks/square", "http://172.32.0.1/hook", "http://8.8.8.8/hook"})
    void plainHttpAcrossTheInternetIsRefused(String url) {
        assertThatThrownBy(() -> ConnectionRules.checkedNotificationUrl(square(url)))
                .isInstanceOfSatisfying(InvalidConnectionException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("connections.error.insecureNotificationUrl"));
    }

    @Test
    void somethingThatIsNotAWebAddressIsRefused() {
        assertThatThrownBy(() -> ConnectionRules.checkedNotificationUrl(square("relay.example/webhooks")))
                .isInstanceOfSatisfying(InvalidConnectionException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("connections.error.badNotificationUrl"));
    }

    @Test
    void noneTypedOrAnotherPlatformKeepsNone() {
        assertThat(ConnectionRules.checkedNotificationUrl(square(""))).isNull();
        assertThat(ConnectionRules.checkedNotificationUrl(new ConnectionDraft(null, Platform.CLOVER,
                Environment.PRODUCTION, "", "M1", "", true, null, null, "https://relay.example/x"))).isNull();
    }

    private static ConnectionDraft square(String url) {
        return new ConnectionDraft(null, Platform.SQUARE, Environment.PRODUCTION, "", "L1", "", true, null, null, url);
    }
}
