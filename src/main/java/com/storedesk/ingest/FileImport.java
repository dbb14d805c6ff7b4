package com.storedesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.core.event.RefundRecorded;
import com.storedesk.core.event.RetailEvent;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.core.event.StockCounted;
import com.storedesk.pos.SavedPayloads;
import com.storedesk.pos.UnreadablePayloadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Saved POS documents into the database, one file at a time: the whole file is read and mapped
 * before anything of it is ingested, so a file that cannot be read leaves no trace. Blocking.
 */
public final class FileImport {

    /** Files beyond this are not API answers or webhook bodies. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final SavedPayloads reader;
    private final IngestService ingest;
    private final ObjectMapper json = new ObjectMapper();

    public FileImport(SavedPayloads reader, IngestService ingest) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
    }

    /** What one file gave, or why it gave nothing. */
    public sealed interface Outcome permits Imported, Unreadable {
        Path file();
    }

    /**
     * A file read and ingested.
     *
     * @param sales the sales in it, for their totals
     * @param notes what the file held that was left out on purpose
     */
    public record Imported(Path file, List<SaleRecorded> sales, int lines, int refunds, int stockRows, int other,
            List<SavedPayloads.Note> notes, IngestResult result) implements Outcome {

        public Imported {
            sales = List.copyOf(sales);
            notes = List.copyOf(notes);
        }
    }

    /** A file not read: {@code problem} says why, in terms of shapes and fields. */
    public record Unreadable(Path file, String problem) implements Outcome {
    }

    public Outcome importFile(Path file) {
        SavedPayloads.Reading reading;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Unreadable(file, "larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            JsonNode document = json.readTree(Files.readAllBytes(file));
            if (document == null || document.isMissingNode()) {
                return new Unreadable(file, "empty");
            }
            reading = reader.read(document);
        } catch (JsonProcessingException e) {
            return new Unreadable(file, "not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (NoSuchFileException e) {
            return new Unreadable(file, "no such file");
        } catch (IOException e) {
            return new Unreadable(file, "cannot be read: " + e.getClass().getSimpleName());
        } catch (UnreadablePayloadException e) {
            return new Unreadable(file, e.getMessage());
        }
        List<RetailEvent> events = reading.events();
        List<SaleRecorded> sales = events.stream().filter(SaleRecorded.class::isInstance)
                .map(SaleRecorded.class::cast).toList();
        int refunds = count(events, RefundRecorded.class);
        int stock = count(events, StockCounted.class);
        int lines = sales.stream().mapToInt(sale -> sale.lines().size()).sum();
        IngestResult result = ingest.ingest(events);
        return new Imported(file, sales, lines, refunds, stock, events.size() - sales.size() - refunds - stock,
                reading.notes(), result);
    }

    private static int count(List<RetailEvent> events, Class<? extends RetailEvent> type) {
        return (int) events.stream().filter(type::isInstance).count();
    }
}
