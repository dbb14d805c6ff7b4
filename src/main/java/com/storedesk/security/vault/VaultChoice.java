package com.storedesk.security.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which vault this computer uses: its keychain when it has one, else the encrypted file in the
 * home folder. IT (and the test suite, which must never write into a developer's real keychain)
 * can insist on the file with {@code -Dstoredesk.vault=file} or {@code STOREDESK_VAULT=file}.
 */
public final class VaultChoice {

    public static final String PROPERTY = "storedesk.vault";
    public static final String ENV = "STOREDESK_VAULT";
    /** The folder under the home folder that holds the encrypted file and its key. */
    public static final String FOLDER = "vault";

    private static final Logger LOG = LoggerFactory.getLogger(VaultChoice.class);

    private VaultChoice() {
    }

    /** The vault for the home folder {@code appHome}, by the property, the environment and what the computer has. */
    public static SecretVault forHome(Path appHome) {
        String preference = System.getProperty(PROPERTY, System.getenv(ENV));
        return choose(preference, KeychainVault::open, () -> EncryptedFileVault.in(appHome.resolve(FOLDER)));
    }

    /**
     * {@code preference} "file" takes the file; anything else (or nothing) takes the keychain when
     * {@code keychain} finds one, else the file.
     */
    public static SecretVault choose(String preference, Supplier<Optional<SecretVault>> keychain,
            Supplier<SecretVault> file) {
        if (preference != null && preference.strip().toLowerCase(Locale.ROOT).equals("file")) {
            LOG.info("Secrets are kept in the encrypted file, as configured");
            return file.get();
        }
        Optional<SecretVault> found = keychain.get();
        if (found.isPresent()) {
            return found.get();
        }
        LOG.warn("No operating system keychain: secrets are kept in an encrypted file, whose key lies beside it");
        return file.get();
    }
}
