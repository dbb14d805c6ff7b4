package com.storedesk.security.vault;

import java.util.Optional;

/**
 * Secrets kept by name on this computer. Names are not secret (the database holds them); values
 * are. Blocking, and a keychain may ask the user to unlock it: call it off the FX thread.
 */
public interface SecretVault {

    /** Keeps {@code secret} under {@code name}, replacing what was there. */
    void put(String name, Secret secret);

    /** The secret under {@code name}; empty when there is none on this computer. */
    Optional<Secret> get(String name);

    /** Forgets {@code name}; nothing happens when there is none. */
    void remove(String name);

    VaultKind kind();
}
