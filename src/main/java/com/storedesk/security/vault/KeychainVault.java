package com.storedesk.security.vault;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's keychain through java-keyring: every entry under the service
 * {@value #SERVICE}, its account being the entry's name.
 */
public final class KeychainVault implements SecretVault {

    static final String SERVICE = "StoreDesk";

    private static final Logger LOG = LoggerFactory.getLogger(KeychainVault.class);

    private final Keyring keyring;

    private KeychainVault(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keychain of this computer; empty when it has none StoreDesk can use (a server, CI, a bare Linux). */
    public static Optional<SecretVault> open() {
        try {
            Keyring keyring = Keyring.create();
            LOG.info("Secrets are kept in the operating system's keychain ({})", keyring.getKeyringStorageType());
            return Optional.of(new KeychainVault(keyring));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            // No D-Bus session, no Secret Service, or native access refused: the encrypted file takes over.
            LOG.info("No operating system keychain is available: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void put(String name, Secret secret) {
        Objects.requireNonNull(secret, "secret");
        try {
            keyring.setPassword(SERVICE, name, secret.reveal());
        } catch (PasswordAccessException | RuntimeException e) {
            throw failure("Could not keep " + name + " in the keychain", e);
        }
    }

    @Override
    public synchronized Optional<Secret> get(String name) {
        try {
            String value = keyring.getPassword(SERVICE, name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Secret.of(value));
        } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry and a refused one alike; both mean "not available here".
            LOG.debug("The keychain has no {}", name);
            return Optional.empty();
        } catch (RuntimeException e) {
            throw failure("Could not read " + name + " from the keychain", e);
        }
    }

    @Override
    public synchronized void remove(String name) {
        try {
            keyring.deletePassword(SERVICE, name);
        } catch (PasswordAccessException e) {
            LOG.debug("The keychain had no {} to remove", name);
        } catch (RuntimeException e) {
            throw failure("Could not remove " + name + " from the keychain", e);
        }
    }

    @Override
    public VaultKind kind() {
        return VaultKind.OS_KEYCHAIN;
    }

    /** The platform's message is left out: a keychain error may quote what it was given. */
    private static VaultException failure(String message, Exception e) {
        return new VaultException("connections.vault.error.keychain", message + " (" + e.getClass().getSimpleName() + ")", null);
    }

    @Override
    public String toString() {
        return "KeychainVault[" + keyring.getKeyringStorageType() + "]";
    }
}
