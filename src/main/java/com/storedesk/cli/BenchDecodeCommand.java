package com.storedesk.cli;

import com.storedesk.bench.DecodeBenchmark;
import com.storedesk.bench.ShelfFrames;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk bench decode}: camera frames decoded per second. Frames are drawn shelf edges
 * (1280x720, four price labels with real EAN-13 barcodes, turned and blurred a little); the last
 * line, {@code fps=<n>}, is for scripts.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Measure how many 1280x720 camera frames of shelf labels a second the barcode reader decodes.")
public final class BenchDecodeCommand implements Callable<Integer> {

    @Option(names = "--frames", paramLabel = "N", defaultValue = "300",
            description = "Frames decoded and timed (default: ${DEFAULT-VALUE}).")
    private int frames;

    @Option(names = "--threads", paramLabel = "N",
            description = "Decoding threads (default: one per processor).")
    private Integer threads;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (frames < 1 || frames > 1_000_000 || workers < 1 || workers > 64) {
            throw new ParameterException(spec.commandLine(), "--frames must be 1-1000000 and --threads 1-64");
        }
        Messages messages = SettingsLanguage.messages();
        DecodeBenchmark.Result result = new DecodeBenchmark(frames, workers).run();
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.benchDecode.result", result.frames(), String.valueOf(ShelfFrames.WIDTH), String.valueOf(ShelfFrames.HEIGHT),
                result.threads(), result.millis(), result.read(), result.labels(), result.wrong()));
        out.printf(Locale.ROOT, "fps=%.1f%n", result.framesPerSecond());
        out.flush();
        return 0;
    }
}
