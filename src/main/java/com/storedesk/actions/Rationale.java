package com.storedesk.actions;

import java.util.List;
import java.util.Objects;

/**
 * Why an action is proposed, as a bundle key and its arguments, so each reader sees it in their own
 * language ({@link ActionText#rationale}); never an English sentence stored once.
 */
public record Rationale(String key, List<Figure> arguments) {

    public Rationale {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Rationale of(String key, Figure... arguments) {
        return new Rationale(key, List.of(arguments));
    }
}
