package com.storedesk.pos.webhook;

import com.storedesk.core.event.RetailEvent;
import com.storedesk.pos.ConnectorException;
import java.util.List;

/**
 * What a connector does with an object a webhook named: fetch its current state from the platform
 * and map it to canonical events, which the receiver hands to ingest. The delivery's own copy of the
 * object is not used: it may be partial, out of date or out of order, and the platform's API is the
 * truth that polling reconciles against anyway.
 */
@FunctionalInterface
public interface WebhookEventHandler {

    /**
     * The object's current state as events, reference data first; empty when it is gone or of no
     * interest to StoreDesk.
     *
     * @throws ConnectorException when the platform cannot be reached: the object is fetched again later
     */
    List<RetailEvent> fetch(NamedObject object) throws ConnectorException;
}
