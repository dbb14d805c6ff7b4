package com.storedesk.security.vault;

/** Where a vault keeps its secrets; Settings warns when it is not the operating system's keychain. */
public enum VaultKind {
    /** Windows Credential Manager, macOS Keychain or the Secret Service (GNOME Keyring, KWallet). */
    OS_KEYCHAIN,
    /** An AES-GCM encrypted file with its key in a second, owner-only file: the fallback. */
    ENCRYPTED_FILE
}
