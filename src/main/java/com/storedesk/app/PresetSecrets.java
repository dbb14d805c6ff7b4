package com.storedesk.app;

import com.storedesk.assist.VaultApiKey;
import com.storedesk.config.PresetFile;
import com.storedesk.config.Presets;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the secrets IT wrote into a pre-set file (the model's API key, the POS token) into this
 * computer's vault and deletes them from the file, so they do not stay readable on disk. The log
 * names the key and the file, never the value.
 */
public final class PresetSecrets {

    /** The vault entry a pre-set POS token is kept under until a connection takes it; not secret. */
    public static final String POS_TOKEN_NAME = "pos/preset-token";

    static final Map<String, String> VAULT_NAMES = Map.of(
            Presets.LLM_API_KEY, VaultApiKey.NAME,
            Presets.POS_TOKEN, POS_TOKEN_NAME);

    private static final Logger LOG = LoggerFactory.getLogger(PresetSecrets.class);

    private PresetSecrets() {
    }

    /** Moves every pre-set secret; the vault is opened only when there is one to move. */
    public static void move(Presets presets, Supplier<SecretVault> vault) {
        Objects.requireNonNull(vault, "vault");
        SecretVault opened = null;
        for (Map.Entry<String, String> entry : VAULT_NAMES.entrySet()) {
            String key = entry.getKey();
            var files = presets.filesWith(key);
            if (files.isEmpty()) {
                continue;
            }
            if (opened == null) {
                opened = vault.get();
            }
            // The highest file's value is the one in force; the others are removed all the same.
            Secret secret = Secret.of(files.get(0).value(key).orElseThrow());
            opened.put(entry.getValue(), secret);
            for (PresetFile file : files) {
                if (file.removeKey(key)) {
                    LOG.info("Moved {} from {} into the {} and removed it from the file", key, file.path(), opened.kind());
                } else {
                    LOG.warn("Moved {} from {} into the {}, but the file could not be written: remove {} from it by hand",
                            key, file.path(), opened.kind(), key);
                }
            }
        }
    }
}
