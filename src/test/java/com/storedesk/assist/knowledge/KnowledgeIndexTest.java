package com.storedesk.assist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.facts.CatalogProduct;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored index: reused when nothing changed, and only what changed is embedded again. */
class KnowledgeIndexTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path texts;
    @TempDir
    Path data;

    private final CountingEmbedder model = new CountingEmbedder(new HashingEmbedder("hashing-v1"));
    private final List<CatalogProduct> catalog = new CopyOnWriteArrayList<>();

    @BeforeEach
    void writeTexts() throws Exception {
        Files.writeString(texts.resolve("returns.md"), """
                # Return policy

                ## Opened electronics

                Opened gadgets come back within 14 days with all their parts.

                ## Gift receipts

                A gift receipt gives store credit, never a refund to the buyer's card.
                """);
        Files.writeString(texts.resolve("loyalty.md"), """
                # Rewards

                ## Points

                One point for every dollar spent.

                ## Expiry

                Points expire after twelve months without a purchase.
                """);
        Files.writeString(texts.resolve("README.md"), "# Not a document\n\nSkipped.\n");
        catalog.add(new CatalogProduct("demo", "BAK-0010", "2004000000106", "Sourdough Boule", "Bakery", "EACH", 749,
                USD, true, 2));
    }

    @Test
    void aSecondOpenReusesTheStoredIndexWithoutEmbeddingAnything() throws Exception {
        BuildReport first = build();
        assertThat(first.embedded()).isEqualTo(5).isEqualTo(model.count());
        assertThat(data.resolve(KnowledgeBase.INDEX_FILE)).exists();

        model.reset();
        try (KnowledgeBase again = open()) {
            BuildReport second = again.start().get();
            assertThat(second.passages()).isEqualTo(5);
            assertThat(second.embedded()).isZero();
            assertThat(model.count()).isZero();
            assertThat(again.search("gift receipt refund", 1).get(0).passage().id())
                    .isEqualTo("returns#gift-receipts");
            // Only the question is embedded for a search.
            assertThat(model.count()).isEqualTo(1);
        }
    }

    @Test
    void anEditedFileReEmbedsOnlyItsChangedPassages() throws Exception {
        build();
        Files.writeString(texts.resolve("loyalty.md"), """
                # Rewards

                ## Points

                One point for every dollar spent.

                ## Expiry

                Points expire after eighteen months without a purchase.
                """);
        model.reset();
        BuildReport report = build();
        assertThat(report.embedded()).isEqualTo(1);
        assertThat(model.texts()).singleElement().asString().contains("eighteen months");
    }

    @Test
    void aDeletedFilesPassagesDisappearFromSearchesAndFromTheStoredIndex() throws Exception {
        build();
        Files.delete(texts.resolve("returns.md"));
        model.reset();
        try (KnowledgeBase knowledge = open()) {
            BuildReport report = knowledge.start().get();
            assertThat(report.passages()).isEqualTo(3);
            assertThat(report.embedded()).isZero();
            assertThat(knowledge.search("opened electronics gift receipt", 5))
                    .noneMatch(hit -> hit.passage().id().startsWith("returns#"));
        }
        assertThat(StoredVectors.read(data.resolve(KnowledgeBase.INDEX_FILE)).vectors().keySet())
                .containsExactly("loyalty#points", "loyalty#expiry", "catalog#demo/bak-0010");
    }

    @Test
    void aChangedProductIsEmbeddedAgainOnRefresh() throws Exception {
        try (KnowledgeBase knowledge = open()) {
            knowledge.start().get();
            catalog.set(0, new CatalogProduct("demo", "BAK-0010", "2004000000106", "Sourdough Boule", "Bakery", "EACH",
                    799, USD, true, 2));
            model.reset();
            BuildReport report = knowledge.refresh().get();
            assertThat(report.embedded()).isEqualTo(1);
            assertThat(model.texts()).singleElement().asString().contains("$7.99");
            assertThat(knowledge.search("sourdough price", 1).get(0).passage().text()).contains("$7.99");
        }
    }

    @Test
    void aCatalogChangedByASyncIsReadAgainOnceForABurstAndOnlyItsNewProductEmbedded() throws Exception {
        try (KnowledgeBase knowledge = new KnowledgeBase(() -> KnowledgeDocuments.folder(texts), () -> catalog,
                data.resolve(KnowledgeBase.INDEX_FILE), () -> model, Duration.ofMillis(200))) {
            assertThat(knowledge.catalogChanged()).as("nothing to refresh before the first build").isEmpty();
            knowledge.start().get();
            model.reset();
            catalog.add(new CatalogProduct("demo", "TEA-0042", "2004000000427", "Matcha Latte Powder", "Pantry",
                    "EACH", 1299, USD, false, null));

            CompletableFuture<BuildReport> first = knowledge.catalogChanged().orElseThrow();
            CompletableFuture<BuildReport> second = knowledge.catalogChanged().orElseThrow();

            assertThat(second).isSameAs(first);
            assertThat(first.get(10, TimeUnit.SECONDS).embedded()).isEqualTo(1);
            assertThat(model.texts()).singleElement().asString().contains("Matcha Latte Powder");
            assertThat(knowledge.search("matcha", 1).get(0).passage().id()).isEqualTo("catalog#demo/tea-0042");
            assertThat(knowledge.catalogChanged().orElseThrow()).as("a later change is read again").isNotSameAs(first);
        }
    }

    @Test
    void anotherModelOrAnUnreadableFileEmbedsEverythingAgain() throws Exception {
        build();
        CountingEmbedder other = new CountingEmbedder(new HashingEmbedder("hashing-v2"));
        try (KnowledgeBase knowledge = new KnowledgeBase(() -> KnowledgeDocuments.folder(texts), () -> catalog,
                data.resolve(KnowledgeBase.INDEX_FILE), () -> other)) {
            assertThat(knowledge.start().get().embedded()).isEqualTo(5);
        }
        Files.write(data.resolve(KnowledgeBase.INDEX_FILE), new byte[] {1, 2, 3});
        model.reset();
        assertThat(build().embedded()).isEqualTo(5);
    }

    @Test
    void aSearchBeforeTheModelIsReadyAnswersByWords() throws Exception {
        List<String> events = new ArrayList<>();
        CountDownLatch modelMayLoad = new CountDownLatch(1);
        try (KnowledgeBase knowledge = new KnowledgeBase(() -> KnowledgeDocuments.folder(texts), () -> catalog,
                data.resolve(KnowledgeBase.INDEX_FILE), () -> {
                    await(modelMayLoad);
                    events.add("model loaded");
                    return model;
                })) {
            List<KnowledgeHit> hits = knowledge.search("When do points expire?", 2);
            assertThat(knowledge.embedded()).isFalse();
            assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.retrieval()).isEqualTo(Retrieval.LEXICAL));
            assertThat(hits.get(0).passage().id()).isEqualTo("loyalty#expiry");
            assertThat(hits.get(0).citation()).isEqualTo("Rewards \u203A Expiry");
            modelMayLoad.countDown();
            knowledge.start().get();
            assertThat(knowledge.embedded()).isTrue();
            assertThat(knowledge.search("When do points expire?", 2))
                    .allSatisfy(hit -> assertThat(hit.retrieval()).isEqualTo(Retrieval.HYBRID));
        }
        assertThat(events).containsExactly("model loaded");
    }

    @Test
    void aModelThatCannotRunLeavesTheWordsSearch() throws Exception {
        try (KnowledgeBase knowledge = new KnowledgeBase(() -> KnowledgeDocuments.folder(texts), () -> catalog,
                data.resolve(KnowledgeBase.INDEX_FILE), () -> {
                    throw new UnsatisfiedLinkError("no onnxruntime for this platform");
                })) {
            assertThat(knowledge.start().get().retrieval()).isEqualTo(Retrieval.LEXICAL);
            assertThat(knowledge.search("sourdough", 1).get(0).passage().id()).isEqualTo("catalog#demo/bak-0010");
        }
    }

    private BuildReport build() throws Exception {
        try (KnowledgeBase knowledge = open()) {
            return knowledge.start().get();
        }
    }

    private KnowledgeBase open() {
        return new KnowledgeBase(() -> KnowledgeDocuments.folder(texts), () -> catalog,
                data.resolve(KnowledgeBase.INDEX_FILE), () -> model);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
