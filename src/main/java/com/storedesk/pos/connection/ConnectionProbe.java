package com.storedesk.pos.connection;

import com.storedesk.pos.clover.CloverMerchantProbe;
import com.storedesk.pos.clover.CloverSettings;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.lightspeed.LightspeedAccountProbe;
import com.storedesk.pos.lightspeed.LightspeedSettings;
import com.storedesk.pos.probe.ProbeResult;
import com.storedesk.pos.shopify.ShopifyLocationProbe;
import com.storedesk.pos.shopify.ShopifySettings;
import com.storedesk.pos.square.SquareLocationProbe;
import com.storedesk.pos.square.SquareSettings;
import com.storedesk.security.vault.Secret;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Runs "Test connection" for a platform, as far as its probe can prove and no further, and says what
 * it found step by step: the server, the token, the account in the platform's own word (location,
 * shop, account or merchant) and, for Shopify, the location.
 */
final class ConnectionProbe {

    private final OkHttpClient client;
    private final Pacing pacing;

    ConnectionProbe(OkHttpClient client, Pacing pacing) {
        this.client = client;
        this.pacing = pacing;
    }

    /** @throws InvalidConnectionException when the account or location is not written as the platform writes it */
    ConnectionCheck check(ConnectionDraft draft, Secret credential) {
        Platform platform = draft.platform();
        String baseUrl = draft.effectiveBaseUrl();
        if (!platform.hasConnector()) {
            return ConnectionCheck.of(ConnectionCheck.Step.notTried("connections.check.noConnector"));
        }
        if (baseUrl.isBlank() || draft.accountId().isBlank()) {
            return ConnectionCheck.of(ConnectionCheck.Step.failed("connections.check.incomplete"));
        }
        Target target = new Target(platform, baseUrl, ConnectionRules.checkedAccount(draft),
                ConnectionRules.checkedLocation(draft));
        if (credential == null) {
            return ConnectionCheck.of(ConnectionCheck.Step.notTried("connections.check.server.notTried", baseUrl),
                    ConnectionCheck.Step.failed("connections.check.token.missing"));
        }
        return steps(target, probe(target, credential.reveal()));
    }

    private ProbeResult probe(Target target, String token) {
        return switch (target.platform()) {
            case SQUARE -> SquareLocationProbe.probe(new SquareSettings(target.server(), token, target.account()),
                    client, pacing);
            case SHOPIFY -> ShopifyLocationProbe.probe(new ShopifySettings(target.server(), target.account(), token,
                    target.location()), client, pacing);
            case LIGHTSPEED -> LightspeedAccountProbe.probe(new LightspeedSettings(target.server(), token,
                    target.account()), client, pacing);
            case CLOVER -> CloverMerchantProbe.probe(new CloverSettings(target.server(), token, target.account()),
                    client, pacing);
            case DEMO -> throw new IllegalStateException("The demo chain has nothing to test");
        };
    }

    private static ConnectionCheck steps(Target target, ProbeResult result) {
        AccountWord word = target.platform().accountWord();
        String server = target.server();
        String account = target.account();
        ConnectionCheck.Step reached = ConnectionCheck.Step.passed("connections.check.server.passed", server);
        ConnectionCheck.Step accepted = ConnectionCheck.Step.passed("connections.check.token.passed");
        ConnectionCheck.Step tokenNotTried = ConnectionCheck.Step.notTried("connections.check.token.notTried");
        ConnectionCheck.Step accountNotTried = ConnectionCheck.Step.notTried(word.notTriedKey, account);
        List<ConnectionCheck.Step> steps = new ArrayList<>(switch (result.outcome()) {
            case UNREACHABLE -> List.of(ConnectionCheck.Step.failed("connections.check.server.failed", server),
                    tokenNotTried, accountNotTried);
            case NOT_PLATFORM -> List.of(ConnectionCheck.Step.failed("connections.check.server.notPlatform", server,
                    target.platform().brand()), tokenNotTried, accountNotTried);
            case UNAUTHORIZED -> List.of(reached, ConnectionCheck.Step.failed("connections.check.token.failed"),
                    accountNotTried);
            case RATE_LIMITED -> List.of(reached, accepted,
                    ConnectionCheck.Step.notTried(word.rateLimitedKey, account));
            case MISSING_PERMISSION -> List.of(reached, accepted,
                    ConnectionCheck.Step.failed("connections.check.permission.failed"));
            case ACCOUNT_UNKNOWN -> List.of(reached, accepted, ConnectionCheck.Step.failed(word.failedKey, account));
            case LOCATION_UNKNOWN, FOUND -> List.of(reached, accepted,
                    ConnectionCheck.Step.passed(word.passedKey, account, result.accountName()));
        });
        if (target.location() != null) {
            steps.add(switch (result.outcome()) {
                case FOUND -> ConnectionCheck.Step.passed("connections.check.location.passed", target.location(),
                        result.locationName());
                case LOCATION_UNKNOWN -> ConnectionCheck.Step.failed("connections.check.location.failed",
                        target.location());
                default -> ConnectionCheck.Step.notTried("connections.check.location.notTried", target.location());
            });
        }
        return new ConnectionCheck(steps);
    }

    /** What is tested: the account as saved, the location where the platform has one (else null). */
    private record Target(Platform platform, String server, String account, String location) {
    }
}
