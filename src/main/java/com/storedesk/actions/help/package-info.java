/**
 * Help requests: an associate at the copilot asks for a manager, with the conversation so far. A
 * request is an item of the approval inbox ({@link com.storedesk.actions.ActionType#ASSISTANCE}),
 * routed, audited and expired like any action, answered by a manager and never sent to the POS.
 */
package com.storedesk.actions.help;
