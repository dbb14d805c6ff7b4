package com.storedesk.assist.knowledge;

import java.time.Duration;

/**
 * What one build of the index did.
 *
 * @param passages passages in force afterwards
 * @param embedded of which had to be embedded (0 when nothing changed since the stored index)
 * @param reading reading the documents and the catalog and splitting them
 * @param embedding loading the model, embedding and saving; zero when the model could not run
 * @param retrieval how searches rank from now on
 */
public record BuildReport(int passages, int embedded, Duration reading, Duration embedding, Retrieval retrieval) {
}
