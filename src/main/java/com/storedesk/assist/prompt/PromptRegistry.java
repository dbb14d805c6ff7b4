package com.storedesk.assist.prompt;

import com.storedesk.assist.PromptRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which version of each prompt is in force, and every version there was. An administrator's newest
 * version wins over the shipped defaults; with none, the newest shipped version is in force. A
 * version number names one text for good: edits take the number after every shipped and stored one.
 * Blocking (reads the database): call it off the FX thread.
 */
public final class PromptRegistry {

    private final ShippedPrompts shipped;
    private final PromptRepository stored;

    public PromptRegistry(ShippedPrompts shipped, PromptRepository stored) {
        this.shipped = Objects.requireNonNull(shipped, "shipped");
        this.stored = Objects.requireNonNull(stored, "stored");
    }

    public List<String> ids() {
        return ShippedPrompts.IDS;
    }

    public boolean knows(String id) {
        return shipped.ships(id);
    }

    /** The version in force. */
    public PromptTemplate current(String id) {
        List<PromptVersion> edits = stored.versions(requireKnown(id));
        return edits.isEmpty() ? shipped.newest(id) : edits.get(edits.size() - 1).template();
    }

    /** The version a call cited, if it is still known. */
    public Optional<PromptTemplate> version(PromptRef ref) {
        return history(ref.id()).stream().map(PromptVersion::template).filter(t -> t.ref().equals(ref)).findFirst();
    }

    /** Shipped and stored versions, by version number. */
    public List<PromptVersion> history(String id) {
        List<PromptVersion> all = new ArrayList<>();
        List<PromptVersion> edits = stored.versions(requireKnown(id));
        for (PromptTemplate template : shipped.versions(id)) {
            boolean replaced = edits.stream().anyMatch(e -> e.template().ref().equals(template.ref()));
            if (!replaced) {
                all.add(new PromptVersion(template, "", null));
            }
        }
        all.addAll(edits);
        all.sort((a, b) -> Integer.compare(a.template().ref().version(), b.template().ref().version()));
        return all;
    }

    /** The slots a version of {@code id} may use: those of its newest shipped version, which the callers fill. */
    public Set<String> variables(String id) {
        return shipped.newest(requireKnown(id)).variables();
    }

    int nextVersion(String id) {
        return history(id).stream().mapToInt(v -> v.template().ref().version()).max().orElse(0) + 1;
    }

    private String requireKnown(String id) {
        if (!knows(id)) {
            throw new IllegalArgumentException("No prompt is called " + id);
        }
        return id;
    }
}
