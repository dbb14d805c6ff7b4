package com.storedesk.bench;

import com.storedesk.core.event.SaleRecorded;
import com.storedesk.data.Database;
import com.storedesk.data.ingest.PlainSaleInserts;
import com.storedesk.ingest.IngestResult;
import com.storedesk.ingest.IngestService;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How fast ingest stores a sales history, next to the least any code could do: the same sale and
 * sale_line rows written with plain JDBC batches ({@link PlainSaleInserts}). Both sides get the
 * same generated sales, one batch at a time, so memory stays flat; the first batches are a warm-up
 * (untimed) so neither side is measured cold. Only the writing is timed, not the generating.
 */
public final class IngestBenchmark {

    /**
     * About 3,300 sales: what a history load hands ingest at a time. Rollup rows are written once per
     * batch, so smaller batches cost more per line (see docs/performance.md).
     */
    public static final int DEFAULT_BATCH_LINES = 10_000;
    private static final long SEED = 20261123L;

    /** A migrated database and the ingest service writing into it. */
    public record Target(Database database, IngestService ingest) {
        public Target {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(ingest, "ingest");
        }
    }

    /** @param sales how many sales held the lines */
    public record Result(long lines, long sales, Duration ingestTime, Duration plainTime) {

        public double ingestLinesPerSecond() {
            return perSecond(ingestTime);
        }

        public double plainLinesPerSecond() {
            return perSecond(plainTime);
        }

        /** Ingest's rate as a fraction of plain JDBC's. */
        public double ratio() {
            return ingestLinesPerSecond() / plainLinesPerSecond();
        }

        private double perSecond(Duration time) {
            return lines / Math.max(1e-9, time.toNanos() / 1e9);
        }
    }

    private final long lines;
    private final int batchLines;
    private final Clock clock;

    /**
     * @param lines how many sale lines each side writes (timed)
     * @param batchLines how many lines go into one ingest call and one plain transaction
     */
    public IngestBenchmark(long lines, int batchLines, Clock clock) {
        if (lines < 1 || batchLines < 1) {
            throw new IllegalArgumentException("lines and batchLines must be positive: " + lines + ", " + batchLines);
        }
        this.lines = lines;
        this.batchLines = batchLines;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public int batchLines() {
        return batchLines;
    }

    /**
     * Writes the history with plain JDBC into {@code plain} and through ingest into {@code ingest},
     * batch by batch in turns, so a busy machine slows both alike. They may be the same database:
     * each side writes under a source of its own.
     */
    public Result run(Target ingest, Target plain) throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        SyntheticChain plainChain = new SyntheticChain("bench-plain-" + run, SEED);
        SyntheticChain ingestChain = new SyntheticChain("bench-ingest-" + run, SEED);
        setUp(plain, plainChain);
        setUp(ingest, ingestChain);
        PlainSaleInserts inserts = new PlainSaleInserts(plain.database().dataSource(), "bench-plain-" + run);

        long warmUp = Math.min(30_000, Math.max(batchLines, lines / 10));
        long plainNanos = 0;
        long ingestNanos = 0;
        long sales = 0;
        for (long done = -warmUp; done < lines; done += batchLines) {
            int size = (int) Math.min(batchLines, lines - done);
            List<SaleRecorded> plainBatch = plainChain.nextSales(size);
            List<SaleRecorded> ingestBatch = ingestChain.nextSales(size);
            boolean plainFirst = (done / batchLines) % 2 == 0;
            long plainTime = plainFirst ? timePlain(inserts, plainBatch) : 0;
            long ingestTime = timeIngest(ingest.ingest(), ingestBatch);
            plainTime = plainFirst ? plainTime : timePlain(inserts, plainBatch);
            if (done >= 0) {
                plainNanos += plainTime;
                ingestNanos += ingestTime;
                sales += ingestBatch.size();
            }
        }
        return new Result(lines, sales, Duration.ofNanos(ingestNanos), Duration.ofNanos(plainNanos));
    }

    private long timePlain(PlainSaleInserts inserts, List<SaleRecorded> batch) throws SQLException {
        long start = System.nanoTime();
        inserts.insert(batch, clock.instant());
        return System.nanoTime() - start;
    }

    private static long timeIngest(IngestService ingest, List<SaleRecorded> batch) {
        long start = System.nanoTime();
        IngestResult result = ingest.ingest(batch);
        long time = System.nanoTime() - start;
        requireAllInserted(result);
        return time;
    }

    private static void setUp(Target target, SyntheticChain chain) {
        requireAllInserted(target.ingest().ingest(chain.referenceData()));
    }

    /** A refused or skipped event would make the comparison meaningless. */
    private static void requireAllInserted(IngestResult result) {
        if (result.inserted() != result.received()) {
            throw new IllegalStateException("The benchmark's own events were not all inserted: " + result.received()
                    + " received, " + result.inserted() + " inserted, " + result.rejections().size() + " refused");
        }
    }
}
