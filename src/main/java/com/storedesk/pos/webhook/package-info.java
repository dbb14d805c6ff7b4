/**
 * Webhook deliveries from POS platforms: whether a delivery is authentic (each platform's signature
 * scheme, checked on the raw bytes), what it names (the event id and the objects to fetch), and the
 * seam through which a connector fetches those objects.
 */
package com.storedesk.pos.webhook;
