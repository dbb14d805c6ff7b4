package com.storedesk.app;

import com.storedesk.config.Presets;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.ConnectionService;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.InvalidConnectionException;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The POS connection IT pre-set ({@code pos.platform}, {@code pos.account}, optionally
 * {@code pos.location} and {@code pos.baseUrl}), added with the token that {@link PresetSecrets} moved
 * into this computer's vault. It is added once: the waiting token is then removed from its pre-set
 * entry (the connection keeps its own copy), so a connection an administrator later changes or deletes
 * is not brought back by the next start. Blocking (database, vault).
 */
final class PresetConnection {

    /** Who adds it, in the audit trail. */
    private static final UserSession SYSTEM = UserSession.system();
    private static final String DUPLICATE = "connections.error.duplicate";
    private static final Logger LOG = LoggerFactory.getLogger(PresetConnection.class);

    private PresetConnection() {
    }

    /** Adds the pre-set connection when its token waits in the vault; the reason in the log when it cannot. */
    static Optional<PosConnection> addIfWaiting(Presets presets, ConnectionService connections, SecretVault vault) {
        Optional<String> platformName = presets.value(Presets.POS_PLATFORM);
        if (platformName.isEmpty()) {
            return Optional.empty();
        }
        Optional<Secret> token = vault.get(PresetSecrets.POS_TOKEN_NAME);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<Platform> platform = platform(platformName.get());
        Optional<String> account = presets.value(Presets.POS_ACCOUNT);
        if (platform.isEmpty() || account.isEmpty()) {
            LOG.warn("The pre-set POS token waits for {}: set {} to one of square, shopify, lightspeed, clover and {}"
                    + " to the account", platform.isEmpty() ? Presets.POS_PLATFORM : Presets.POS_ACCOUNT,
                    Presets.POS_PLATFORM, Presets.POS_ACCOUNT);
            return Optional.empty();
        }
        Optional<String> baseUrl = presets.value(Presets.POS_BASE_URL);
        ConnectionDraft draft = new ConnectionDraft(null, platform.get(),
                baseUrl.isPresent() ? Environment.CUSTOM : Environment.PRODUCTION, baseUrl.orElse(""), account.get(),
                presets.value(Presets.POS_LOCATION).orElse(""), true, token.get(), null);
        try {
            PosConnection added = connections.save(SYSTEM, draft);
            vault.remove(PresetSecrets.POS_TOKEN_NAME);
            LOG.info("Added the pre-set POS connection {}", added.source());
            return Optional.of(added);
        } catch (InvalidConnectionException e) {
            if (DUPLICATE.equals(e.messageKey())) {
                // An administrator added it already; theirs stays as it is.
                vault.remove(PresetSecrets.POS_TOKEN_NAME);
                LOG.info("The pre-set POS connection {} exists already", platform.get().source(account.get()));
            } else {
                // A pre-set value the connection refuses: the token waits for IT to correct the file.
                LOG.warn("The pre-set POS connection was not added: {}", e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static Optional<Platform> platform(String name) {
        return Arrays.stream(Platform.connectable())
                .filter(platform -> platform.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
