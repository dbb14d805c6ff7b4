package com.storedesk.assist.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a vector whose direction carries its meaning. The index stores vectors with the
 * model's name, so a different model means new vectors.
 */
public interface Embedder {

    /** Names the model and its version, exactly enough that equal names give equal vectors. */
    String model();

    /** A unit-length vector for {@code text}. Blocking, and may be slow: never on the FX thread. */
    float[] embed(String text);

    /** Vectors for several texts, in order; an implementation may batch them. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }
}
