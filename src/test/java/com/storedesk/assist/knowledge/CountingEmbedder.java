package com.storedesk.assist.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Counts the texts a model was asked to embed, and which, so tests see what a build re-embedded. */
final class CountingEmbedder implements Embedder {

    private final Embedder model;
    private final List<String> texts = new ArrayList<>();

    CountingEmbedder(Embedder model) {
        this.model = model;
    }

    @Override
    public String model() {
        return model.model();
    }

    @Override
    public synchronized float[] embed(String text) {
        texts.add(text);
        return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> batch) {
        synchronized (this) {
            texts.addAll(batch);
        }
        return model.embedAll(batch);
    }

    synchronized int count() {
        return texts.size();
    }

    synchronized List<String> texts() {
        return List.copyOf(texts);
    }

    synchronized void reset() {
        texts.clear();
    }
}
