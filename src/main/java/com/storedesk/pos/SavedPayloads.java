package com.storedesk.pos;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RetailEvent;
import java.util.List;
import java.util.Objects;

/**
 * Reads a platform's own JSON, as saved from its API or received by a webhook, into canonical
 * events. One reader serves one import: documents are read in the order given, and what one
 * document tells (a location and its currency) serves the documents after it.
 */
public interface SavedPayloads {

    /**
     * The events in {@code document}, reference data before the facts that point to it, and what was
     * deliberately left out of it; no events for a document that is the platform's but carries nothing
     * to keep (a notification naming an id).
     *
     * @throws UnreadablePayloadException when the document is not one of the platform's, or lacks
     *     what its documentation promises; nothing of it may be kept
     */
    Reading read(JsonNode document) throws UnreadablePayloadException;

    /** What one document gave. */
    record Reading(List<RetailEvent> events, List<Note> notes) {

        public Reading {
            events = List.copyOf(events);
            notes = List.copyOf(notes);
        }

        public static Reading of(List<RetailEvent> events) {
            return new Reading(events, List.of());
        }
    }

    /**
     * Something of the document kept out on purpose, told so the person importing does not look for it.
     *
     * @param count how many objects it concerns
     */
    record Note(Kind kind, int count) {

        public Note {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Why objects of a document were not kept. */
    enum Kind {
        /** Orders not sold at a point of sale (an online store's): the sync leaves them out too. */
        NOT_POINT_OF_SALE,
        /** Orders that are no sale (yet): open carts, unpaid or test orders; the sync leaves them out too. */
        NOT_A_SALE,
        /** A notification that only names objects: the next sync brings them. */
        NAMES_ONLY,
        /** A platform's request to confirm a webhook address: it carries no store data. */
        VERIFICATION_REQUEST
    }
}
