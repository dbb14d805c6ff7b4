package com.storedesk.pos.connection;

import com.storedesk.pos.clover.CloverMerchantProbe;
import com.storedesk.pos.clover.CloverSettings;
import com.storedesk.pos.http.Pacing;
import com.storedesk.pos.lightspeed.GrantStore;
import com.storedesk.pos.lightspeed.LightspeedAccountProbe;
import com.storedesk.pos.lightspeed.LightspeedGrant;
import com.storedesk.pos.lightspeed.LightspeedSettings;
import com.storedesk.pos.lightspeed.LightspeedTokens;
import com.storedesk.pos.probe.ProbeResult;
import com.storedesk.pos.shopify.ShopifyLocationProbe;
import com.storedesk.pos.shopify.ShopifySettings;
import com.storedesk.pos.square.SquareLocationProbe;
import com.storedesk.pos.square.SquareSettings;
import com.storedesk.security.vault.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** Tests a typed credential, or none. */
    ConnectionCheck check(ConnectionDraft draft, Secret credential) {
        return check(draft, credential, null);
    }

    /**
     * @param storedGrant where the tested connection keeps its Lightspeed grant, when the credential is
     *     the stored one (a renewal during the test is kept there); null for a typed credential
     * @throws InvalidConnectionException when the account or location is not written as the platform writes it
     */
    ConnectionCheck check(ConnectionDraft draft, Secret credential, GrantStore storedGrant) {
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
        Optional<LightspeedGrant> grant = platform == Platform.LIGHTSPEED
                ? LightspeedGrant.parse(credential.reveal()) : Optional.empty();
        if (grant.isEmpty()) {
            return steps(target, probe(target, credential.reveal()));
        }
        TypedGrant typed = storedGrant == null ? new TypedGrant(grant.get()) : null;
        LightspeedTokens tokens = new LightspeedTokens(client, LightspeedTokens.tokenUrlFor(baseUrl),
                storedGrant != null ? storedGrant : typed, pacing.clock());
        ConnectionCheck check = steps(target, LightspeedAccountProbe.probe(
                new LightspeedSettings(target.server(), tokens, target.account()), client, pacing));
        return typed == null ? check : typed.renewed().map(renewed -> check.withRenewedCredential(
                Secret.of(renewed.stored()))).orElse(check);
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
            if (!result.otherLocations().isEmpty()) {
                steps.add(ConnectionCheck.Step.passed(result.outcome() == ProbeResult.Outcome.FOUND
                        ? "connections.check.location.others" : "connections.check.location.all",
                        String.join(", ", result.otherLocations())));
            }
        }
        return new ConnectionCheck(steps);
    }

    /** What is tested: the account as saved, the location where the platform has one (else null). */
    private record Target(Platform platform, String server, String account, String location) {
    }
}
