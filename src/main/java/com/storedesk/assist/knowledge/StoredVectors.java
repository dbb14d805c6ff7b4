package com.storedesk.assist.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index file: the embedding model's name and, per passage, its id, the digest of the text that
 * was embedded and the vector. Texts are not stored: they are read from their sources at every
 * start, and a vector is reused only where the digest still matches.
 *
 * @param vectors by passage id, in the passages' order
 */
record StoredVectors(String model, Map<String, Entry> vectors) {

    private static final Logger log = LoggerFactory.getLogger(StoredVectors.class);
    private static final int MAGIC = 0x53444B49; // "SDKI"
    private static final int VERSION = 1;

    record Entry(String digest, float[] vector) {
    }

    StoredVectors {
        Objects.requireNonNull(model, "model");
        vectors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vectors));
    }

    static StoredVectors empty(String model) {
        return new StoredVectors(model, Map.of());
    }

    /** The stored index, or an empty one when there is none or it cannot be read (it is then rebuilt). */
    static StoredVectors read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty("");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                log.warn("{} is not a knowledge index of this version; it is rebuilt", file);
                return empty("");
            }
            String model = in.readUTF();
            int dimension = in.readInt();
            int count = in.readInt();
            Map<String, Entry> vectors = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String id = in.readUTF();
                String digest = in.readUTF();
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(id, new Entry(digest, vector));
            }
            return new StoredVectors(model, vectors);
        } catch (IOException | RuntimeException e) {
            log.warn("The knowledge index {} could not be read ({}); it is rebuilt", file, e.toString());
            return empty("");
        }
    }

    /** Written beside the file and moved over it, so a crash never leaves half an index. */
    void write(Path file) {
        int dimension = vectors.isEmpty() ? 0 : vectors.values().iterator().next().vector().length;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeUTF(model);
                out.writeInt(dimension);
                out.writeInt(vectors.size());
                for (Map.Entry<String, Entry> entry : vectors.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeUTF(entry.getValue().digest());
                    for (float value : entry.getValue().vector()) {
                        out.writeFloat(value);
                    }
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The knowledge index could not be saved to " + file, e);
        }
    }
}
