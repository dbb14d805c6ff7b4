/**
 * The outbox: sends approved actions to the store's POS through an {@link com.storedesk.actions.outbox.ActionExecutor},
 * once per idempotency key, with retries; see docs/decisions/0011-outbox.md.
 */
package com.storedesk.actions.outbox;
