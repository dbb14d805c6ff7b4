package com.storedesk.assist.knowledge;

import com.storedesk.assist.InputDigest;
import java.util.List;
import java.util.Objects;

/**
 * One section of a knowledge document, or one catalog product: the unit the search finds and an
 * answer cites.
 *
 * @param id stable across starts while the document and heading keep their names, such as
 *     {@code returns-and-exchanges#opened-electronics} or {@code catalog#bak-0010}
 * @param titles the document's title, then the headings down to this section
 * @param text the section's words, without its heading
 */
public record Passage(String id, List<String> titles, String text) {

    /** How the citation joins titles: "Return and exchange policy › Opened electronics". */
    public static final String CITATION_SEPARATOR = " \u203A ";

    public Passage {
        Objects.requireNonNull(id, "id");
        titles = List.copyOf(titles);
        Objects.requireNonNull(text, "text");
        if (titles.isEmpty()) {
            throw new IllegalArgumentException("A passage needs a title: " + id);
        }
    }

    /** What a person reads to find the passage again. */
    public String citation() {
        return String.join(CITATION_SEPARATOR, titles);
    }

    /** What is embedded and searched: the headings carry much of a short section's meaning. */
    public String searchText() {
        return String.join(". ", titles) + ".\n" + text;
    }

    /** Changes whenever what is embedded changes, so a stored vector is reused only for the same text. */
    public String digest() {
        return InputDigest.of(searchText());
    }
}
