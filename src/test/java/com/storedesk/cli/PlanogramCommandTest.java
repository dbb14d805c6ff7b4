package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storedesk planogram check}, {@code storedesk decode} and {@code storedesk bench decode} as a user runs them. */
class PlanogramCommandTest {

    private static final String PLANOGRAM = "assets/planograms/demo-coffee-bay.csv";
    private static final String SCANS = "assets/planograms/demo-coffee-bay.scans.txt";

    @TempDir
    Path temp;

    @Test
    void checkAsJsonHasTheIssuesShape() throws Exception {
        CliRun run = CliRun.of("planogram", "check", "--planogram", PLANOGRAM, "--scans", SCANS, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(fieldNames(json)).containsExactly("score", "positions", "unexpected", "exceptions");
        assertThat(json.get("score").asDouble()).isEqualTo(16 / 19.0);
        assertThat(json.get("positions")).hasSize(19);
        JsonNode first = json.get("positions").get(0);
        assertThat(fieldNames(first)).containsExactly("shelf", "position", "sku", "status", "foundAt");
        assertThat(first.get("status").asText()).isEqualTo("correct");
        assertThat(first.get("foundAt").isNull()).isTrue();
        JsonNode moved = json.get("positions").get(7);
        assertThat(moved.get("sku").asText()).isEqualTo("COF-0004");
        assertThat(moved.get("status").asText()).isEqualTo("misplaced");
        assertThat(moved.get("foundAt").get("shelf").asInt()).isEqualTo(2);
        assertThat(moved.get("foundAt").get("position").asInt()).isEqualTo(4);
        assertThat(json.get("positions").get(3).get("status").asText()).isEqualTo("missing");
        assertThat(json.get("unexpected")).hasSize(1);
        assertThat(fieldNames(json.get("unexpected").get(0))).containsExactly("shelf", "index", "code");
        assertThat(json.get("unexpected").get(0).get("code").asText()).isEqualTo("2002000000019");
        assertThat(json.get("exceptions")).extracting(JsonNode::asText).containsExactly(
                "Shelf 1 position 4: SKU COF-0005 missing",
                "Move SKU COF-0004 from shelf 2 position 4 to shelf 2 position 3",
                "Move SKU COF-0012 from shelf 4 position 2 to shelf 3 position 1",
                "Shelf 3 position 2: remove 2002000000019, it is not on this planogram");
    }

    @Test
    void checkAsTextGivesScoresPositionsAndWhatToDo() {
        CliRun run = CliRun.of("planogram", "check", "--planogram", "assets/planograms/demo-chocolate-bay.json",
                "--scans", write("s.txt", "2002000000019\n2002000000026\n2002000000033\n2002000000040\n").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines().get(0)).isEqualTo("Fixture S01-CHOCOLATE-1: 4 of 12 positions correct (33%)");
        assertThat(run.out()).contains("Shelf 1: 4 of 4 correct (100%)", "Shelf 2: 0 of 3 correct (0%)",
                "  Position 1  CHO-0005  missing", "To do:", "- Shelf 3 position 5: SKU CHO-0012 missing");
    }

    @Test
    void aBadPlanogramNamesTheLineAndExitsOne() {
        Path planogram = write("p.csv", "fixture,shelf,position,sku,gtin,facings\nF,1,1,A,4006381333932,1\n");

        CliRun run = CliRun.of("planogram", "check", "--planogram", planogram.toString(), "--scans", SCANS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is not a valid planogram. Line 2: the GTIN 4006381333932 has a wrong check"
                + " digit.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFilesSeveralFixturesAndUsageErrors() {
        Path two = write("two.csv", "fixture,shelf,position,sku,gtin,facings\nF,1,1,A,96385074,1\nG,1,1,B,96385074,1\n");
        Path scans = write("s.txt", "96385074\n");

        CliRun missing = CliRun.of("planogram", "check", "--planogram", temp.resolve("none.csv").toString(),
                "--scans", SCANS);
        CliRun choose = CliRun.of("planogram", "check", "--planogram", two.toString(), "--scans", scans.toString());
        CliRun chosen = CliRun.of("planogram", "check", "--planogram", two.toString(), "--scans", scans.toString(),
                "--fixture", "G", "--json");
        CliRun unknown = CliRun.of("planogram", "check", "--planogram", two.toString(), "--scans", scans.toString(),
                "--fixture", "H");
        CliRun usage = CliRun.of("planogram", "check", "--planogram", PLANOGRAM);

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("Cannot read").contains("none.csv");
        assertThat(choose.exitCode()).isEqualTo(1);
        assertThat(choose.err()).contains("several fixtures (F, G)").contains("--fixture");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("\"score\" : 1.0");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(CliRun.of("planogram").exitCode()).isEqualTo(2);
    }

    @Test
    void decodePrintsEachImagesCodesAndExitsOneWhenAnImageHasNone() throws Exception {
        Path ean = resource("/barcodes/ean13-3/01.png");
        Path code128 = resource("/barcodes/code128-2/01.png");
        String eanText = Files.readString(resource("/barcodes/ean13-3/01.txt")).strip();
        Path blank = temp.resolve("blank.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 100,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY), "png", blank.toFile());

        CliRun found = CliRun.of("decode", ean.toString(), code128.toString());
        CliRun none = CliRun.of("decode", ean.toString(), blank.toString());
        CliRun json = CliRun.of("decode", ean.toString(), write("not.png", "text").toString(), "--json");

        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(found.lines()).contains(ean + "\tEAN_13\t" + eanText);
        assertThat(found.lines()).anyMatch(line -> line.startsWith(code128 + "\tCODE_128\t"));
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains(blank + ": no barcode found.");
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode images = new ObjectMapper().readTree(json.out()).get("images");
        assertThat(images.get(0).get("codes").get(0).get("format").asText()).isEqualTo("EAN_13");
        assertThat(images.get(0).get("codes").get(0).get("text").asText()).isEqualTo(eanText);
        assertThat(images.get(0).get("error").isNull()).isTrue();
        assertThat(images.get(1).get("codes")).isEmpty();
        assertThat(images.get(1).get("error").asText()).endsWith("not.png: cannot be read as an image.");
    }

    @Test
    void benchDecodeEndsWithFramesPerSecond() {
        CliRun run = CliRun.of("bench", "decode", "--frames", "12", "--threads", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).last().asString().matches("fps=\\d+\\.\\d");
        assertThat(run.out()).contains("12 frames of 1280x720 decoded by 1 threads");
        assertThat(CliRun.of("bench", "decode", "--frames", "0").exitCode()).isEqualTo(2);
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(temp.resolve(name), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path resource(String name) throws Exception {
        return Path.of(PlanogramCommandTest.class.getResource(name).toURI());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
