package com.storedesk.assist.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the stored vectors up to date with the passages: a passage whose text was embedded before
 * by the same model keeps its vector (wherever it moved), every other one is embedded, and vectors
 * of passages that are gone are dropped.
 *
 * @param vectors one per passage, in the passages' order
 * @param stored what to write back to the index file
 * @param embedded how many passages had to be embedded
 */
record IndexUpdate(float[][] vectors, StoredVectors stored, int embedded) {

    /** Texts per call to the model: big enough to batch, small enough to show progress in logs. */
    static final int BATCH = 64;

    static IndexUpdate of(List<Passage> passages, StoredVectors previous, Embedder embedder) {
        Map<String, float[]> known = new HashMap<>();
        if (previous.model().equals(embedder.model())) {
            previous.vectors().values().forEach(entry -> known.put(entry.digest(), entry.vector()));
        }
        float[][] vectors = new float[passages.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            vectors[i] = known.get(passages.get(i).digest());
            if (vectors[i] == null) {
                missing.add(i);
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<float[]> embedded = embedder.embedAll(batch.stream().map(i -> passages.get(i).searchText()).toList());
            for (int j = 0; j < batch.size(); j++) {
                vectors[batch.get(j)] = embedded.get(j);
            }
        }
        Map<String, StoredVectors.Entry> stored = new LinkedHashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            stored.put(passages.get(i).id(), new StoredVectors.Entry(passages.get(i).digest(), vectors[i]));
        }
        return new IndexUpdate(vectors, new StoredVectors(embedder.model(), stored), missing.size());
    }
}
