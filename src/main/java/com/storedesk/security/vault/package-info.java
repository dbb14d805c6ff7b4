/**
 * Where StoreDesk keeps secrets it must hand back later (POS access tokens, webhook signature keys):
 * the operating system's keychain, or where there is none an encrypted file beside the settings.
 * The database only ever holds a secret's name. See docs/decisions/0015-credential-vault.md.
 */
package com.storedesk.security.vault;
