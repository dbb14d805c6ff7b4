package com.storedesk.pos.connection;

import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.lightspeed.GrantStore;
import com.storedesk.pos.lightspeed.LightspeedGrant;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import com.storedesk.security.vault.VaultException;
import java.util.Objects;

/** A connection's Lightspeed grant in this computer's vault, under the connection's credential name. */
final class VaultGrant implements GrantStore {

    private final SecretVault vault;
    private final String ref;

    VaultGrant(SecretVault vault, String ref) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.ref = Objects.requireNonNull(ref, "ref");
    }

    @Override
    public LightspeedGrant load() throws ConnectorException {
        try {
            return vault.get(ref).flatMap(secret -> LightspeedGrant.parse(secret.reveal())).orElseThrow(() ->
                    new ConnectorException("connections.error.noCredential",
                            "No Lightspeed refresh token is stored on this computer for " + ref, null));
        } catch (VaultException e) {
            throw new ConnectorException(e.messageKey(), "The vault could not be read: " + e.getMessage(), null);
        }
    }

    @Override
    public void save(LightspeedGrant renewed) throws ConnectorException {
        try {
            vault.put(ref, Secret.of(renewed.stored()));
        } catch (VaultException e) {
            // The renewed refresh token is the only one that still works; losing it means connecting again.
            throw new ConnectorException(e.messageKey(), "The renewed Lightspeed refresh token could not be stored: "
                    + e.getMessage(), null);
        }
    }
}
