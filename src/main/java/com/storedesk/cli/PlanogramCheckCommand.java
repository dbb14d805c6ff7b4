package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.PlanogramText;
import com.storedesk.planogram.match.ComplianceCheck;
import com.storedesk.planogram.match.ComplianceResult;
import com.storedesk.planogram.match.Correction;
import com.storedesk.planogram.match.PositionResult;
import com.storedesk.planogram.match.PositionStatus;
import com.storedesk.planogram.match.ShelfScans;
import com.storedesk.planogram.match.UnexpectedCode;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramFiles;
import com.storedesk.planogram.model.PlanogramImportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk planogram check}: every position of a fixture as correct, misplaced or missing,
 * what does not belong there, the score and what to do, from a planogram file and a scans file.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a fixture's scans against its planogram: each position correct, misplaced or missing,"
                + " codes not on the planogram, the score (correct positions / planogram positions) and what to do.",
            "Exit code: 0 checked (whatever the score), 1 a file could not be read, 2 usage error."})
public final class PlanogramCheckCommand implements Callable<Integer> {

    @Option(names = "--planogram", required = true, paramLabel = "FILE",
            description = "The planogram, CSV (fixture,shelf,position,sku,gtin,facings) or JSON.")
    private Path planogramFile;

    @Option(names = "--scans", required = true, paramLabel = "FILE",
            description = "One scanned code per line, a blank line between shelves, top shelf first.")
    private Path scansFile;

    @Option(names = "--fixture", paramLabel = "ID",
            description = "The fixture to check, when the planogram file holds several.")
    private String fixture;

    @Option(names = "--json", description = "Print JSON: score, positions, unexpected and exceptions.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Messages messages = SettingsLanguage.messages();
        PlanogramText text = new PlanogramText(messages);
        List<Planogram> planograms;
        List<String> scanLines;
        try {
            planograms = PlanogramFiles.read(planogramFile);
        } catch (PlanogramImportException e) {
            return fail(messages.get("cli.planogram.invalid", planogramFile, text.problem(e)));
        } catch (IOException e) {
            return fail(messages.get("cli.planogram.unreadable", planogramFile));
        }
        try {
            scanLines = Files.readAllLines(scansFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(messages.get("cli.planogram.unreadable", scansFile));
        }
        Planogram planogram = choose(planograms, messages);
        if (planogram == null) {
            return 1;
        }
        ComplianceResult result = ComplianceCheck.check(planogram, ShelfScans.parse(scanLines));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(result, text));
        } else {
            print(result, text, messages, out);
        }
        out.flush();
        return 0;
    }

    private Planogram choose(List<Planogram> planograms, Messages messages) {
        String names = planograms.stream().map(Planogram::fixture).collect(Collectors.joining(", "));
        if (fixture == null) {
            if (planograms.size() == 1) {
                return planograms.get(0);
            }
            fail(messages.get("cli.planogram.chooseFixture", planogramFile, names));
            return null;
        }
        for (Planogram planogram : planograms) {
            if (planogram.fixture().equals(fixture)) {
                return planogram;
            }
        }
        fail(messages.get("cli.planogram.noFixture", planogramFile, fixture, names));
        return null;
    }

    static String json(ComplianceResult result, PlanogramText text) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("score", result.score());
        ArrayNode positions = root.putArray("positions");
        for (PositionResult position : result.positions()) {
            ObjectNode node = positions.addObject();
            node.put("shelf", position.expected().shelf());
            node.put("position", position.expected().position());
            node.put("sku", position.expected().sku());
            node.put("status", position.status().jsonName());
            if (position.foundAt() == null) {
                node.putNull("foundAt");
            } else {
                node.putObject("foundAt").put("shelf", position.foundAt().shelf())
                        .put("position", position.foundAt().position());
            }
        }
        ArrayNode unexpected = root.putArray("unexpected");
        for (UnexpectedCode code : result.unexpected()) {
            unexpected.addObject().put("shelf", code.at().shelf()).put("index", code.at().position())
                    .put("code", code.code());
        }
        ArrayNode exceptions = root.putArray("exceptions");
        for (Correction correction : result.corrections()) {
            exceptions.add(text.correction(correction));
        }
        return mapper.writeValueAsString(root);
    }

    private static void print(ComplianceResult result, PlanogramText text, Messages messages, PrintWriter out) {
        NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
        Planogram planogram = result.planogram();
        out.println(messages.get("cli.planogram.score", planogram.fixture(), correct(result.positions()),
                planogram.positionCount(), percent.format(result.score())));
        for (int shelf = 1; shelf <= planogram.shelfCount(); shelf++) {
            int s = shelf;
            List<PositionResult> onShelf = result.positions().stream()
                    .filter(position -> position.expected().shelf() == s).toList();
            out.println(messages.get("cli.planogram.shelfScore", shelf, correct(onShelf), onShelf.size(),
                    percent.format(result.shelfScore(shelf))));
            for (PositionResult position : onShelf) {
                String line = messages.get("cli.planogram.position", position.expected().position(),
                        position.expected().sku(), text.status(position.status()));
                if (position.foundAt() != null) {
                    line += " " + messages.get("cli.planogram.foundAt", position.foundAt().shelf(),
                            position.foundAt().position());
                }
                out.println("  " + line);
            }
        }
        List<Correction> corrections = result.corrections();
        if (corrections.isEmpty()) {
            out.println(messages.get("cli.planogram.nothingToDo"));
            return;
        }
        out.println(messages.get("cli.planogram.toDo"));
        corrections.forEach(correction -> out.println("- " + text.correction(correction)));
    }

    private static long correct(List<PositionResult> positions) {
        return positions.stream().filter(position -> position.status() == PositionStatus.CORRECT).count();
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.commandLine().getColorScheme().errorText(message));
        err.flush();
        return 1;
    }
}
