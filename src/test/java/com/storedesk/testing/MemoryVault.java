package com.storedesk.testing;

import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import com.storedesk.security.vault.VaultKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A vault in memory, standing in for a keychain (or the file) where a test only needs the names and values. */
public final class MemoryVault implements SecretVault {

    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();
    private final VaultKind kind;

    public MemoryVault(VaultKind kind) {
        this.kind = kind;
    }

    @Override
    public void put(String name, Secret secret) {
        secrets.put(name, secret);
    }

    @Override
    public Optional<Secret> get(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public void remove(String name) {
        secrets.remove(name);
    }

    @Override
    public VaultKind kind() {
        return kind;
    }

    public Map<String, Secret> all() {
        return Map.copyOf(secrets);
    }
}
