package com.storedesk.assist.prompt;

import com.storedesk.assist.PromptRef;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version of a prompt. Its text holds {@code {{variable}}} slots; a line {@code [user]} divides
 * the system message (before) from the user message (after), and without one the whole text is the
 * user message. Lines starting with {@code ##} are notes for whoever edits it and are not sent.
 */
public record PromptTemplate(PromptRef ref, String text) {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
    private static final String SYSTEM = "[system]";
    private static final String USER = "[user]";

    public PromptTemplate {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(text, "text");
    }

    /** The names of the slots, in the order they first appear. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher slot = VARIABLE.matcher(withoutNotes());
        while (slot.find()) {
            names.add(slot.group(1));
        }
        return names;
    }

    /**
     * The messages with every slot filled. Values go in as given: the caller has masked them.
     *
     * @throws IllegalArgumentException when a slot has no value (the prompt's name and the slot's, never a value)
     */
    public RenderedPrompt render(Map<String, String> values) {
        String body = withoutNotes();
        Matcher slot = VARIABLE.matcher(body);
        StringBuilder filled = new StringBuilder(body.length());
        while (slot.find()) {
            String value = values.get(slot.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Prompt " + ref + " needs a value for {{" + slot.group(1) + "}}");
            }
            slot.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        slot.appendTail(filled);
        return split(filled.toString());
    }

    private String withoutNotes() {
        StringBuilder kept = new StringBuilder(text.length());
        for (String line : text.split("\\R", -1)) {
            if (!line.startsWith("##")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static RenderedPrompt split(String body) {
        String system = "";
        String user = body;
        int marker = lineIndex(body, USER);
        if (marker >= 0) {
            system = body.substring(0, marker);
            user = body.substring(marker + USER.length());
        }
        int systemMarker = lineIndex(system, SYSTEM);
        if (systemMarker >= 0) {
            system = system.substring(systemMarker + SYSTEM.length());
        }
        return new RenderedPrompt(system.strip(), user.strip());
    }

    private static int lineIndex(String body, String marker) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(marker) + "\\s*$").matcher(body);
        return line.find() ? line.start() : -1;
    }
}
