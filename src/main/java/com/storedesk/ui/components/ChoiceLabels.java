package com.storedesk.ui.components;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a pick list that cannot be typed into names its choices. */
public final class ChoiceLabels {

    private ChoiceLabels() {
    }

    /** Shows each choice as {@code label} gives it, and nothing for no choice. */
    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("A pick list is chosen from, not typed into");
            }
        };
    }
}
