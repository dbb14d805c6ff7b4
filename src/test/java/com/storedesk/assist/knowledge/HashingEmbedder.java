package com.storedesk.assist.knowledge;

import java.util.List;

/**
 * A stand-in model for index tests: each word adds to one of 64 dimensions, so equal texts get equal
 * vectors and the tests need no model. Its name can be changed to act as another model.
 */
final class HashingEmbedder implements Embedder {

    private static final int DIMENSIONS = 64;

    private final String model;

    HashingEmbedder(String model) {
        this.model = model;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public float[] embed(String text) {
        float[] vector = new float[DIMENSIONS];
        List<String> words = Words.of(text);
        for (String word : words) {
            vector[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
        }
        return Vectors.unit(vector);
    }
}
