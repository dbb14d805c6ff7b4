package com.storedesk.assist.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions), shipped inside a Maven artifact and run in
 * process on ONNX Runtime: no download, no network, no key. Loading the model takes a second or
 * two on first use, so it is made only when something needs embedding.
 */
public final class MiniLmEmbedder implements Embedder {

    /** Changes when the artifact does: stored vectors of another name are embedded again. */
    public static final String MODEL = "all-MiniLM-L6-v2-q/langchain4j-embeddings-1.19.0-beta29";

    private final EmbeddingModel model;

    /** @param executor runs the texts of one {@link #embedAll} in parallel */
    public MiniLmEmbedder(Executor executor) {
        keepDjlOffline();
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
    }

    /**
     * The tokenizer library (DJL) may otherwise fetch a native library it lacks, or report usage
     * when it thinks it runs in a cloud: StoreDesk sends nothing anywhere it was not asked to.
     * System properties, because that is how DJL reads them; a value someone set wins.
     */
    private static void keepDjlOffline() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public float[] embed(String text) {
        return Vectors.unit(model.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(text -> segments.add(TextSegment.from(text)));
        List<float[]> vectors = new ArrayList<>(texts.size());
        model.embedAll(segments).content().forEach(embedding -> vectors.add(Vectors.unit(embedding.vector())));
        return vectors;
    }
}
