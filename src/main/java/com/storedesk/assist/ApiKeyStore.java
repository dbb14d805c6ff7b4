package com.storedesk.assist;

/**
 * Where Settings keeps the model's API key on this computer: the same credential store as the POS
 * tokens, adapted in the composition root. Blocking: a keychain may ask to be unlocked.
 */
public interface ApiKeyStore extends ApiKeySource {

    void store(ApiKey key);

    void remove();
}
