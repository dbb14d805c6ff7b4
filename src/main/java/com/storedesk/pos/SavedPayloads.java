package com.storedesk.pos;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RetailEvent;
import java.util.List;

/**
 * Reads a platform's own JSON, as saved from its API or received by a webhook, into canonical
 * events. One reader serves one import: documents are read in the order given, and what one
 * document tells (a location and its currency) serves the documents after it.
 */
public interface SavedPayloads {

    /**
     * The events in {@code document}, reference data before the facts that point to it; empty for a
     * document that is the platform's but carries nothing to keep (a notification naming an id).
     *
     * @throws UnreadablePayloadException when the document is not one of the platform's, or lacks
     *     what its documentation promises; nothing of it may be kept
     */
    List<RetailEvent> read(JsonNode document) throws UnreadablePayloadException;
}
