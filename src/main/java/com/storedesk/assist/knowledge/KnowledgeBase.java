package com.storedesk.assist.knowledge;

import com.storedesk.data.facts.CatalogProduct;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant's knowledge: policies, guides and the catalog, searched by meaning and words.
 *
 * <p>{@link #start()} builds the index on a thread of its own: it reads the texts and the catalog
 * (milliseconds), from then on answers by words alone, then loads the model, embeds what the stored
 * index does not already have, saves the index and answers by words and meaning together. A search
 * before the texts are read waits for them (the caller is never on the FX thread); a search while
 * the model loads answers lexically, and its hits say so. If the model cannot run on this computer,
 * searches stay lexical.
 */
public final class KnowledgeBase implements AutoCloseable {

    /** The index file's name in the data folder, beside the embedded database. */
    public static final String INDEX_FILE = "knowledge-index.bin";
    /** How long closing waits for a build under way (a first build takes a quarter of a minute). */
    private static final Duration CLOSE_WAIT = Duration.ofMinutes(2);
    /** How long a burst of catalog changes (a first sync brings thousands of products) is let settle. */
    private static final Duration CATALOG_QUIET = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final Supplier<KnowledgeDocuments> documents;
    private final Supplier<List<CatalogProduct>> catalog;
    private final Path indexFile;
    private final Supplier<Embedder> embedders;
    private final ExecutorService builder;
    private final CompletableFuture<KnowledgeIndex> firstRead = new CompletableFuture<>();
    private volatile KnowledgeIndex index;
    private volatile Embedder embedder;
    private final Duration catalogQuiet;
    private CompletableFuture<BuildReport> build;
    private CompletableFuture<BuildReport> catalogRefresh;

    /**
     * @param documents the texts in force (asked again at each build, so a changed setting counts)
     * @param catalog the products to describe; may fail, and then only the texts are searched
     * @param embedders makes the model once, on the builder's thread, when something needs embedding
     */
    public KnowledgeBase(Supplier<KnowledgeDocuments> documents, Supplier<List<CatalogProduct>> catalog,
            Path indexFile, Supplier<Embedder> embedders) {
        this(documents, catalog, indexFile, embedders, CATALOG_QUIET);
    }

    /** @param catalogQuiet how long after a catalog change the catalog is read again */
    KnowledgeBase(Supplier<KnowledgeDocuments> documents, Supplier<List<CatalogProduct>> catalog,
            Path indexFile, Supplier<Embedder> embedders, Duration catalogQuiet) {
        this.catalogQuiet = Objects.requireNonNull(catalogQuiet, "catalogQuiet");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.indexFile = Objects.requireNonNull(indexFile, "indexFile");
        this.embedders = Objects.requireNonNull(embedders, "embedders");
        this.builder = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "knowledge-index");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** StoreDesk's own: the configured or shipped texts, the index in {@code dataFolder}, all-MiniLM-L6-v2. */
    public static KnowledgeBase standard(Supplier<Optional<Path>> knowledgeFolder, Path dataFolder,
            Supplier<List<CatalogProduct>> catalog) {
        return new KnowledgeBase(() -> KnowledgeDocuments.configured(knowledgeFolder.get()), catalog,
                dataFolder.resolve(INDEX_FILE), () -> new MiniLmEmbedder(Runnable::run));
    }

    /** Starts the first build unless it has started; the future ends with it. Does not block. */
    public synchronized CompletableFuture<BuildReport> start() {
        if (build == null) {
            build = CompletableFuture.supplyAsync(this::buildNow, builder);
        }
        return build;
    }

    /** Reads the sources again and embeds what changed, after any build under way. Does not block. */
    public synchronized CompletableFuture<BuildReport> refresh() {
        build = start().handleAsync((previous, failure) -> buildNow(), builder);
        return build;
    }

    /**
     * The catalog changed (a sync brought new or changed products): the index reads it again once the
     * changes have settled, embedding only the products that changed. Nothing happens before the index
     * is first built, since that build reads the catalog anyway. Does not block.
     *
     * @return the refresh this change will be part of, or empty when none is needed
     */
    public synchronized Optional<CompletableFuture<BuildReport>> catalogChanged() {
        if (build == null || builder.isShutdown()) {
            return Optional.empty();
        }
        if (catalogRefresh == null) {
            Executor later = CompletableFuture.delayedExecutor(catalogQuiet.toMillis(), TimeUnit.MILLISECONDS, builder);
            catalogRefresh = CompletableFuture.supplyAsync(() -> {
                synchronized (this) {
                    catalogRefresh = null; // a change from now on needs a read of its own
                }
                return buildNow();
            }, later);
        }
        return Optional.of(catalogRefresh);
    }

    /**
     * The {@code k} passages that best answer {@code question}, best first. Blocking: starts the
     * build if needed and waits until the texts are read (not for the model).
     */
    public List<KnowledgeHit> search(String question, int k) {
        Objects.requireNonNull(question, "question");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        KnowledgeIndex current = awaitIndex();
        Embedder model = embedder;
        if (current.embedded() && model != null) {
            return current.search(question, model.embed(question), k, Retrieval.HYBRID);
        }
        return current.search(question, null, k, Retrieval.LEXICAL);
    }

    /** Whether searches use the embeddings yet (false while the model loads, or if it cannot run here). */
    public boolean embedded() {
        KnowledgeIndex current = index;
        return current != null && current.embedded() && embedder != null;
    }

    List<Passage> passages() {
        return awaitIndex().passages();
    }

    /** The current index and the model, for the evaluation's own rankings. */
    KnowledgeIndex index() {
        return awaitIndex();
    }

    Embedder embedder() {
        return embedder;
    }

    private KnowledgeIndex awaitIndex() {
        start();
        KnowledgeIndex current = index;
        if (current != null) {
            return current;
        }
        try {
            return firstRead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the knowledge texts were read", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The knowledge texts could not be read", e.getCause());
        }
    }

    private BuildReport buildNow() {
        long started = System.nanoTime();
        List<Passage> passages;
        try {
            passages = readPassages();
        } catch (RuntimeException e) {
            firstRead.completeExceptionally(e);
            throw e;
        }
        KnowledgeIndex lexical = KnowledgeIndex.lexical(passages);
        if (index == null || !index.embedded()) {
            index = lexical;
        }
        firstRead.complete(lexical);
        Duration reading = Duration.ofNanos(System.nanoTime() - started);
        long embeddingStarted = System.nanoTime();
        try {
            Embedder model = embedder == null ? embedders.get() : embedder;
            StoredVectors previous = StoredVectors.read(indexFile);
            IndexUpdate update = IndexUpdate.of(passages, previous, model);
            if (update.embedded() > 0 || !previous.vectors().keySet().equals(update.stored().vectors().keySet())
                    || !previous.model().equals(model.model())) {
                update.stored().write(indexFile);
            }
            index = lexical.withVectors(update.vectors());
            embedder = model;
            Duration embedding = Duration.ofNanos(System.nanoTime() - embeddingStarted);
            log.info("Knowledge index ready: {} passages, {} embedded now, read in {} ms, embedded in {} ms",
                    passages.size(), update.embedded(), reading.toMillis(), embedding.toMillis());
            return new BuildReport(passages.size(), update.embedded(), reading, embedding, Retrieval.HYBRID);
        } catch (RuntimeException | LinkageError e) {
            // No model here (a platform without ONNX Runtime's native library, say): words still work.
            log.error("The knowledge index could not be embedded; searches use words only", e);
            index = lexical;
            return new BuildReport(passages.size(), 0, reading, Duration.ZERO, Retrieval.LEXICAL);
        }
    }

    private List<Passage> readPassages() {
        KnowledgeDocuments source = documents.get();
        List<Passage> passages = new ArrayList<>();
        for (KnowledgeDocument document : source.read()) {
            passages.addAll(MarkdownPassages.split(document));
        }
        try {
            passages.addAll(CatalogPassages.of(catalog.get()));
        } catch (RuntimeException e) {
            log.warn("The catalog could not be read for the knowledge base; only the texts are searched", e);
        }
        return passages;
    }

    /**
     * Waits for a build under way rather than interrupting it: ONNX Runtime, stopped halfway through
     * loading the model, can bring the whole process down on exit.
     */
    @Override
    public void close() {
        builder.shutdown();
        boolean interrupted = false;
        try {
            if (!builder.awaitTermination(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("The knowledge index was still building after {}; StoreDesk closes without it", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
