/**
 * Customers as the clienteling copilot sees them: found by what the associate has at hand (a
 * loyalty card, an e-mail, a phone number, a name) and summed up from their purchase history.
 * Personal data stays in these values and on the associate's screen; nothing here logs it.
 */
package com.storedesk.insight.customer;
