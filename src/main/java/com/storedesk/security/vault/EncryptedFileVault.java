package com.storedesk.security.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in a file, each encrypted with AES-256-GCM under a key kept in a second file; both files
 * owner-only. Each entry has its own random 96-bit nonce and its name as associated data, so an
 * entry copied under another name, or changed by one bit, fails to decrypt instead of yielding a
 * wrong secret. A check value encrypted with the key tells a wrong key apart from a changed entry.
 *
 * <p>What this protects: a copy of the secrets file alone (a backup, a support bundle, a synced
 * folder) gives nothing away. What it does not: anyone who can read both files as this user, which
 * is why the operating system's keychain comes first (decision 0015).
 */
public final class EncryptedFileVault implements SecretVault {

    static final String FORMAT = "storedesk-vault/1";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CHECK_NAME = "\u0000key-check";
    private static final byte[] CHECK_TEXT = "StoreDesk vault key".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedFileVault.class);

    private final Path file;
    private final Path keyFile;
    private final SecureRandom random;

    public EncryptedFileVault(Path file, Path keyFile) {
        this(file, keyFile, new SecureRandom());
    }

    EncryptedFileVault(Path file, Path keyFile, SecureRandom random) {
        this.file = file;
        this.keyFile = keyFile;
        this.random = random;
    }

    /** The vault in {@code folder}: {@code secrets.vault} and its key {@code secrets.key}. */
    public static EncryptedFileVault in(Path folder) {
        return new EncryptedFileVault(folder.resolve("secrets.vault"), folder.resolve("secrets.key"));
    }

    @Override
    public synchronized void put(String name, Secret secret) {
        Stored stored = load(true);
        stored.entries.put(name, seal(stored.key, name, secret.reveal().getBytes(StandardCharsets.UTF_8)));
        save(stored);
    }

    @Override
    public synchronized Optional<Secret> get(String name) {
        Stored stored = load(false);
        String sealed = stored.entries.get(name);
        if (sealed == null) {
            return Optional.empty();
        }
        return Optional.of(Secret.of(new String(open(stored.key, name, sealed), StandardCharsets.UTF_8)));
    }

    @Override
    public synchronized void remove(String name) {
        Stored stored = load(false);
        if (stored.entries.remove(name) != null) {
            save(stored);
        }
    }

    @Override
    public VaultKind kind() {
        return VaultKind.ENCRYPTED_FILE;
    }

    /** The secrets file and the key; a first write creates both, a read of nothing creates neither. */
    private Stored load(boolean forWriting) {
        try {
            boolean haveFile = Files.exists(file);
            if (!haveFile && !Files.exists(keyFile)) {
                return new Stored(forWriting ? newKey() : null, new TreeMap<>());
            }
            if (!haveFile) {
                return new Stored(readKey(), new TreeMap<>());
            }
            if (!Files.exists(keyFile)) {
                throw new VaultException("connections.vault.error.wrongKey", "The vault's key file " + keyFile + " is missing", null);
            }
            SecretKey key = readKey();
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new VaultException("connections.vault.error.tampered", "The vault " + file + " is not in a format StoreDesk writes", null);
            }
            checkKey(key, root.path("check").asText(""));
            Map<String, String> entries = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("entries").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                entries.put(entry.getKey(), entry.getValue().asText());
            }
            return new Stored(key, entries);
        } catch (IOException e) {
            throw new VaultException("connections.vault.error.unreadable", "Could not read the vault " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private void checkKey(SecretKey key, String check) {
        try {
            open(key, CHECK_NAME, check);
        } catch (VaultException e) {
            throw new VaultException("connections.vault.error.wrongKey", "The key in " + keyFile + " is not the one " + file
                    + " was written with", null);
        }
    }

    private void save(Stored stored) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("check", seal(stored.key, CHECK_NAME, CHECK_TEXT));
        ObjectNode entries = root.putObject("entries");
        stored.entries.forEach(entries::put);
        try {
            OwnerOnlyFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new VaultException("connections.vault.error.unreadable", "Could not write the vault " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private SecretKey newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        try {
            OwnerOnlyFiles.write(keyFile, Base64.getEncoder().encode(bytes));
        } catch (IOException e) {
            throw new VaultException("connections.vault.error.unreadable", "Could not create the vault key " + keyFile + ": "
                    + e.getClass().getSimpleName(), e);
        }
        LOG.info("Created the key of the encrypted secrets file in {}", keyFile);
        return new SecretKeySpec(bytes, "AES");
    }

    private SecretKey readKey() throws IOException {
        if (OwnerOnlyFiles.openToOthers(keyFile)) {
            // Someone widened it (a copy, an archive tool): narrowed again, and said, since others may have read it.
            LOG.warn("The vault key {} was readable by others; it is owner-only again", keyFile);
            OwnerOnlyFiles.restrict(keyFile);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new VaultException("connections.vault.error.wrongKey", "The vault key " + keyFile + " is not a key", null);
        }
        if (bytes.length != KEY_BYTES) {
            throw new VaultException("connections.vault.error.wrongKey", "The vault key " + keyFile + " is not a key", null);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private String seal(SecretKey key, String name, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(name));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new VaultException("connections.vault.error.unreadable", "Could not encrypt " + name, e);
        }
    }

    private byte[] open(SecretKey key, String name, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new AEADBadTagException("too short");
            }
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(name));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new VaultException("connections.vault.error.tampered", "The vault entry " + printable(name)
                    + " was changed outside StoreDesk", null);
        } catch (GeneralSecurityException e) {
            throw new VaultException("connections.vault.error.unreadable", "Could not decrypt " + printable(name), e);
        }
    }

    private static byte[] associatedData(String name) {
        return (FORMAT + ":" + name).getBytes(StandardCharsets.UTF_8);
    }

    private static String printable(String name) {
        return name.replace("\u0000", "");
    }

    /** The key and the sealed entries by name, as read or about to be written. */
    private record Stored(SecretKey key, Map<String, String> entries) {
    }

    @Override
    public String toString() {
        return "EncryptedFileVault[" + file + "]";
    }
}
