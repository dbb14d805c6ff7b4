package com.storedesk.pos.connection;

import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.square.SquareLocationProbe;
import com.storedesk.pos.square.SquareSettings;
import com.storedesk.security.vault.Secret;
import okhttp3.OkHttpClient;

/** Runs "Test connection" for a platform: as far as its connector can prove, and no further. */
final class ConnectionProbe {

    private final OkHttpClient client;
    private final Pacing pacing;

    ConnectionProbe(OkHttpClient client, Pacing pacing) {
        this.client = client;
        this.pacing = pacing;
    }

    ConnectionCheck check(Platform platform, String baseUrl, String accountId, Secret credential) {
        if (!platform.hasConnector()) {
            return ConnectionCheck.of(ConnectionCheck.Step.notTried("connections.check.noConnector"));
        }
        if (baseUrl.isBlank() || accountId.isBlank()) {
            return ConnectionCheck.of(ConnectionCheck.Step.failed("connections.check.incomplete"));
        }
        if (credential == null) {
            return ConnectionCheck.of(ConnectionCheck.Step.notTried("connections.check.server.notTried", baseUrl),
                    ConnectionCheck.Step.failed("connections.check.token.missing"));
        }
        return square(new SquareSettings(baseUrl, credential.reveal(), accountId));
    }

    private ConnectionCheck square(SquareSettings settings) {
        SquareLocationProbe.Result result = SquareLocationProbe.probe(settings, client, pacing);
        String server = settings.baseUrl();
        String location = settings.locationId();
        ConnectionCheck.Step reached = ConnectionCheck.Step.passed("connections.check.server.passed", server);
        ConnectionCheck.Step accepted = ConnectionCheck.Step.passed("connections.check.token.passed");
        return switch (result.outcome()) {
            case UNREACHABLE -> ConnectionCheck.of(ConnectionCheck.Step.failed("connections.check.server.failed", server),
                    ConnectionCheck.Step.notTried("connections.check.token.notTried"),
                    ConnectionCheck.Step.notTried("connections.check.location.notTried", location));
            case NOT_SQUARE -> ConnectionCheck.of(ConnectionCheck.Step.failed("connections.check.server.notSquare", server),
                    ConnectionCheck.Step.notTried("connections.check.token.notTried"),
                    ConnectionCheck.Step.notTried("connections.check.location.notTried", location));
            case UNAUTHORIZED -> ConnectionCheck.of(reached,
                    ConnectionCheck.Step.failed("connections.check.token.failed"),
                    ConnectionCheck.Step.notTried("connections.check.location.notTried", location));
            case RATE_LIMITED -> ConnectionCheck.of(reached, accepted,
                    ConnectionCheck.Step.notTried("connections.check.location.rateLimited", location));
            case LOCATION_UNKNOWN -> ConnectionCheck.of(reached, accepted,
                    ConnectionCheck.Step.failed("connections.check.location.failed", location));
            case LOCATION_FOUND -> ConnectionCheck.of(reached, accepted,
                    ConnectionCheck.Step.passed("connections.check.location.passed", location, result.locationName()));
        };
    }
}
