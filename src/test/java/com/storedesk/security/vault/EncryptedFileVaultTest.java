package com.storedesk.security.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileVaultTest {

    private static final String TOKEN = "EAAAl-very-secret-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aSecretComesBackAfterAFreshStartAndNeverLiesInTheFileAsText() throws IOException {
        EncryptedFileVault.in(folder).put("pos/1/access-token", Secret.of(TOKEN));

        EncryptedFileVault reopened = EncryptedFileVault.in(folder);
        assertThat(reopened.get("pos/1/access-token")).map(Secret::reveal).contains(TOKEN);
        assertThat(reopened.get("pos/2/access-token")).isEmpty();
        assertThat(Files.readString(folder.resolve("secrets.vault"))).doesNotContain(TOKEN).contains("pos/1/access-token");
        assertThat(reopened.kind()).isEqualTo(VaultKind.ENCRYPTED_FILE);
    }

    @Test
    void aReplacedSecretReplacesAndARemovedOneIsGone() {
        EncryptedFileVault vault = EncryptedFileVault.in(folder);
        vault.put("a", Secret.of("first"));
        vault.put("b", Secret.of("other"));
        vault.put("a", Secret.of("second"));
        vault.remove("b");
        vault.remove("never-there");

        assertThat(vault.get("a")).map(Secret::reveal).contains("second");
        assertThat(vault.get("b")).isEmpty();
    }

    @Test
    void readingAnEmptyVaultCreatesNoFile() {
        EncryptedFileVault vault = EncryptedFileVault.in(folder);
        assertThat(vault.get("anything")).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void oneChangedBitOfAnEntryIsDetectedNotDecryptedIntoSomethingElse() throws IOException {
        EncryptedFileVault vault = EncryptedFileVault.in(folder);
        vault.put("token", Secret.of(TOKEN));
        Path file = folder.resolve("secrets.vault");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        byte[] sealed = Base64.getDecoder().decode(root.path("entries").path("token").asText());
        sealed[sealed.length - 20] ^= 1;
        ((ObjectNode) root.get("entries")).put("token", Base64.getEncoder().encodeToString(sealed));
        JSON.writeValue(file.toFile(), root);

        assertThatThrownBy(() -> vault.get("token")).isInstanceOf(VaultException.class)
                .hasMessageContaining("changed outside StoreDesk").hasMessageNotContaining(TOKEN)
                .extracting(e -> ((VaultException) e).messageKey()).isEqualTo("connections.vault.error.tampered");
    }

    @Test
    void anEntryMovedUnderAnotherNameDoesNotDecrypt() throws IOException {
        EncryptedFileVault vault = EncryptedFileVault.in(folder);
        vault.put("shop-a", Secret.of("secret-a"));
        vault.put("shop-b", Secret.of("secret-b"));
        Path file = folder.resolve("secrets.vault");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode entries = (ObjectNode) root.get("entries");
        entries.put("shop-b", entries.get("shop-a").asText());
        JSON.writeValue(file.toFile(), root);

        assertThat(vault.get("shop-a")).map(Secret::reveal).contains("secret-a");
        assertThatThrownBy(() -> vault.get("shop-b")).isInstanceOf(VaultException.class)
                .extracting(e -> ((VaultException) e).messageKey()).isEqualTo("connections.vault.error.tampered");
    }

    @Test
    void anotherKeyIsNamedAsTheWrongKeyAndRevealsNothing() throws IOException {
        EncryptedFileVault.in(folder).put("token", Secret.of(TOKEN));
        byte[] otherKey = new byte[32];
        otherKey[0] = 7;
        Files.writeString(folder.resolve("secrets.key"), Base64.getEncoder().encodeToString(otherKey),
                StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> EncryptedFileVault.in(folder).get("token")).isInstanceOf(VaultException.class)
                .extracting(e -> ((VaultException) e).messageKey()).isEqualTo("connections.vault.error.wrongKey");
    }

    @Test
    void aMissingKeyIsTheWrongKeyAndIsNotSilentlyReplaced() throws IOException {
        EncryptedFileVault.in(folder).put("token", Secret.of(TOKEN));
        Files.delete(folder.resolve("secrets.key"));
        EncryptedFileVault vault = EncryptedFileVault.in(folder);

        assertThatThrownBy(() -> vault.get("token")).extracting(e -> ((VaultException) e).messageKey())
                .isEqualTo("connections.vault.error.wrongKey");
        assertThatThrownBy(() -> vault.put("other", Secret.of("x"))).isInstanceOf(VaultException.class);
        assertThat(folder.resolve("secrets.key")).doesNotExist();
    }

    @Test
    void bothFilesAreOwnerOnlyAndAWidenedKeyIsNarrowedAgain() throws IOException {
        assumeThat(OwnerOnlyFiles.posix()).as("POSIX file permissions").isTrue();
        EncryptedFileVault vault = EncryptedFileVault.in(folder);
        vault.put("token", Secret.of(TOKEN));
        Path key = folder.resolve("secrets.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("secrets.vault"))))
                .isEqualTo("rw-------");

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(vault.get("token")).isPresent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void holdersPrintNoSecret() {
        EncryptedFileVault vault = EncryptedFileVault.in(folder);
        vault.put("token", Secret.of(TOKEN));
        assertThat(Secret.of(TOKEN)).hasToString("***");
        assertThat(vault.get("token").orElseThrow().toString()).doesNotContain(TOKEN);
        assertThat(vault.toString()).doesNotContain(TOKEN);
        assertThatThrownBy(() -> Secret.of("  ")).hasMessageNotContaining("  ");
    }
}
