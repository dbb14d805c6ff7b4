package com.storedesk.security.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.testing.MemoryVault;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultChoiceTest {

    @TempDir
    Path folder;

    @Test
    void theKeychainWinsWhenTheComputerHasOne() {
        SecretVault keychain = new MemoryVault(VaultKind.OS_KEYCHAIN);
        SecretVault chosen = VaultChoice.choose(null, () -> Optional.of(keychain), () -> EncryptedFileVault.in(folder));
        assertThat(chosen).isSameAs(keychain);
    }

    @Test
    void withoutAKeychainTheEncryptedFileIsUsed() {
        SecretVault chosen = VaultChoice.choose(null, Optional::empty, () -> EncryptedFileVault.in(folder));
        assertThat(chosen.kind()).isEqualTo(VaultKind.ENCRYPTED_FILE);
    }

    @Test
    void fileAsPreferenceSkipsTheKeychainWithoutAsking() {
        AtomicBoolean asked = new AtomicBoolean();
        SecretVault chosen = VaultChoice.choose(" FILE ", () -> {
            asked.set(true);
            return Optional.empty();
        }, () -> EncryptedFileVault.in(folder));
        assertThat(chosen.kind()).isEqualTo(VaultKind.ENCRYPTED_FILE);
        assertThat(asked).isFalse();
    }

    @Test
    void thisHeadlessMachineHasNoKeychainAndSaysSoQuietly() {
        // The keychain probe must answer, not hang or throw, where there is no D-Bus session or keychain.
        Optional<SecretVault> keychain = KeychainVault.open();
        keychain.ifPresent(vault -> assertThat(vault.kind()).isEqualTo(VaultKind.OS_KEYCHAIN));
    }
}
