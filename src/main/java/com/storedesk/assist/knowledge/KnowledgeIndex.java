package com.storedesk.assist.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The passages in force with their words and, once embedded, their vectors. Immutable: a rebuild
 * makes a new one, so a search never sees half an update.
 */
final class KnowledgeIndex {

    /**
     * How much the words count beside the meaning: the best lexical match of a search adds this to
     * its cosine similarity, the others their share of it. Chosen on the evaluation questions
     * (docs/performance.md).
     */
    static final double LEXICAL_WEIGHT = 0.3;

    private final List<Passage> passages;
    private final LexicalIndex lexical;
    private final float[][] vectors;

    private KnowledgeIndex(List<Passage> passages, float[][] vectors) {
        this.passages = List.copyOf(passages);
        this.lexical = new LexicalIndex(this.passages);
        this.vectors = vectors;
    }

    static KnowledgeIndex lexical(List<Passage> passages) {
        return new KnowledgeIndex(passages, null);
    }

    KnowledgeIndex withVectors(float[][] embedded) {
        if (embedded.length != passages.size()) {
            throw new IllegalArgumentException(embedded.length + " vectors for " + passages.size() + " passages");
        }
        return new KnowledgeIndex(passages, embedded);
    }

    List<Passage> passages() {
        return passages;
    }

    boolean embedded() {
        return vectors != null;
    }

    /**
     * The best {@code k} passages for a question.
     *
     * @param question the embedded question; ignored (may be null) for {@link Retrieval#LEXICAL}
     */
    List<KnowledgeHit> search(String text, float[] question, int k, Retrieval retrieval) {
        return search(text, question, k, retrieval, LEXICAL_WEIGHT);
    }

    /** The same with another weight of the words, to measure what it changes. */
    List<KnowledgeHit> search(String text, float[] question, int k, Retrieval retrieval, double lexicalWeight) {
        Objects.requireNonNull(retrieval, "retrieval");
        if (retrieval != Retrieval.LEXICAL && (vectors == null || question == null)) {
            throw new IllegalStateException("The passages are not embedded yet");
        }
        double[] words = lexical.scores(text);
        double best = 0;
        for (double score : words) {
            best = Math.max(best, score);
        }
        List<KnowledgeHit> hits = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            double score = switch (retrieval) {
                case LEXICAL -> words[i];
                case EMBEDDING -> Vectors.dot(question, vectors[i]);
                case HYBRID -> Vectors.dot(question, vectors[i]) + (best > 0 ? lexicalWeight * words[i] / best : 0);
            };
            if (retrieval != Retrieval.LEXICAL || score > 0) {
                hits.add(new KnowledgeHit(passages.get(i), score, retrieval));
            }
        }
        hits.sort(Comparator.comparingDouble(KnowledgeHit::score).reversed());
        return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
    }
}
