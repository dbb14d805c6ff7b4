package com.storedesk.pos.http;

import com.storedesk.pos.ConnectorException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a credential's token comes from: a fixed token an administrator pasted, or an OAuth access
 * token that is renewed when it expires or the platform refuses it (Lightspeed's last an hour).
 */
public interface AccessTokens {

    /** The token to send now; a renewing source may fetch one first. */
    String current() throws ConnectorException;

    /**
     * A token to try instead of {@code refused}, which the platform has just turned away: a renewed
     * one, or the one another call renewed meanwhile; empty when this source cannot renew.
     *
     * @throws ConnectorException when renewing was tried and failed (the refresh refused, or its server away)
     */
    Optional<String> renewAfterRefusal(String refused) throws ConnectorException;

    /** Every secret this source holds or has handed out, to scrub from anything written down. */
    List<String> secrets();

    /** A token that never changes. */
    static AccessTokens fixed(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the secret is blank");
        }
        return new AccessTokens() {
            @Override
            public String current() {
                return token;
            }

            @Override
            public Optional<String> renewAfterRefusal(String refused) {
                return Optional.empty();
            }

            @Override
            public List<String> secrets() {
                return List.of(token);
            }
        };
    }
}
