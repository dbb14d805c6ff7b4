package com.storedesk.pos;

import com.fasterxml.jackson.databind.JsonNode;
import com.storedesk.core.event.RetailEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What every {@link SavedPayloads} reader does alike: find a list or its single element, insist on
 * reference data imported earlier, turn a mapper's complaint into an {@link UnreadablePayloadException},
 * and collect what a document gave. One instance per document read.
 */
public final class SavedDocuments {

    /** A mapping that may find the document not as documented (a runtime exception of the platform's mappers). */
    @FunctionalInterface
    public interface Mapping {
        void run() throws UnreadablePayloadException;
    }

    private final List<RetailEvent> events = new ArrayList<>();
    private final Map<SavedPayloads.Kind, Integer> notes = new EnumMap<>(SavedPayloads.Kind.class);

    public SavedDocuments add(RetailEvent event) {
        events.add(event);
        return this;
    }

    public SavedDocuments addAll(List<? extends RetailEvent> more) {
        events.addAll(more);
        return this;
    }

    /** {@code count} objects kept out for {@code kind}; nothing when the count is 0. */
    public SavedDocuments note(SavedPayloads.Kind kind, int count) {
        if (count > 0) {
            notes.merge(kind, count, Integer::sum);
        }
        return this;
    }

    public boolean isEmpty() {
        return events.isEmpty() && notes.isEmpty();
    }

    public SavedPayloads.Reading reading() {
        List<SavedPayloads.Note> told = new ArrayList<>();
        notes.forEach((kind, count) -> told.add(new SavedPayloads.Note(kind, count)));
        return new SavedPayloads.Reading(events, told);
    }

    /**
     * Runs {@code mapping}, reporting the platform's mappers' complaints ({@code malformed}, and the
     * argument, null and arithmetic failures of values out of range) as a document not as documented.
     */
    public static void mapped(String platform, Class<? extends RuntimeException> malformed, Mapping mapping)
            throws UnreadablePayloadException {
        try {
            mapping.run();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw notAsDocumented(platform, e);
        } catch (RuntimeException e) {
            if (malformed.isInstance(e)) {
                throw notAsDocumented(platform, e);
            }
            throw e;
        }
    }

    private static UnreadablePayloadException notAsDocumented(String platform, RuntimeException e) {
        return new UnreadablePayloadException("not as " + platform + " documents it: " + e.getMessage(), e);
    }

    /** The objects of {@code document}'s list field, or its single object field; none when it has neither. */
    public static List<JsonNode> listOrOne(JsonNode document, String list, String one)
            throws UnreadablePayloadException {
        JsonNode many = document.path(list);
        if (many.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            for (JsonNode element : many) {
                if (!element.isObject()) {
                    throw new UnreadablePayloadException(list + " holds something that is not an object");
                }
                elements.add(element);
            }
            return elements;
        }
        return document.path(one).isObject() ? List.of(document.get(one)) : List.of();
    }

    /** Whether {@code document} has one of the list fields as a list, even empty: an answer with nothing new. */
    public static boolean holdsList(JsonNode document, String... lists) {
        for (String list : lists) {
            if (document.path(list).isArray()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code known}, the reference data an earlier document of the same import gave.
     *
     * @param what what needs it, e.g. "a catalog"
     * @param missing what it lacks, e.g. "location"
     * @param answer the document that gives it, e.g. "the location's own answer (GET /v2/locations/ID)"
     * @throws UnreadablePayloadException naming the document to import first, when none did
     */
    public static <T> T require(T known, String what, String missing, String answer)
            throws UnreadablePayloadException {
        if (known == null) {
            throw new UnreadablePayloadException(what + " names no " + missing + ": import " + answer
                    + " first, in the same command");
        }
        return known;
    }

    /** A platform's error answer saved in place of data. */
    public static UnreadablePayloadException errorAnswer(String platform, String code) {
        return new UnreadablePayloadException("an error answer from " + platform + " (" + code + "), not data");
    }
}
