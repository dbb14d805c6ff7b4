package com.storedesk.planogram.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.PlanogramText;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanogramImportTest {

    private static final PlanogramText ENGLISH = new PlanogramText(new Messages(Language.ENGLISH));
    private static final String HEADER = "fixture,shelf,position,sku,gtin,facings\n";

    @Test
    void theShippedExamplesRead() throws Exception {
        List<Planogram> coffee = PlanogramFiles.read(Path.of("assets/planograms/demo-coffee-bay.csv"));
        List<Planogram> chocolate = PlanogramFiles.read(Path.of("assets/planograms/demo-chocolate-bay.json"));

        assertThat(coffee).singleElement().satisfies(planogram -> {
            assertThat(planogram.fixture()).isEqualTo("S01-COFFEE-1");
            assertThat(planogram.shelfCount()).isEqualTo(4);
            assertThat(planogram.shelf(1).get(0)).isEqualTo(new PlanogramPosition(1, 1, "COF-0001",
                    Gtin.parse("2001000000012").orElseThrow(), 3));
        });
        assertThat(chocolate).singleElement().satisfies(planogram -> {
            assertThat(planogram.fixture()).isEqualTo("S01-CHOCOLATE-1");
            assertThat(planogram.positionCount()).isEqualTo(12);
        });
    }

    @Test
    void csvColumnsInAnyOrderSemicolonsQuotesAndRowsInAnyOrder() throws Exception {
        String csv = "SKU;GTIN;Fixture;Shelf;Position;Facings;note\n"
                + "B;0036000291452;BAY 1;1;2;;\"aisle; left\"\n"
                + "A;96385074;BAY 1;1;1;2;\n"
                + "C;4006381333931;BAY 2;1;1;1;\n";

        List<Planogram> planograms = PlanogramCsv.read(new StringReader(csv), "p.csv");

        assertThat(planograms).extracting(Planogram::fixture).containsExactly("BAY 1", "BAY 2");
        assertThat(planograms.get(0).shelf(1)).extracting(PlanogramPosition::sku).containsExactly("A", "B");
        assertThat(planograms.get(0).shelf(1).get(1).facings()).isEqualTo(1);
        assertThat(planograms.get(0).find(Gtin.parse("036000291452").orElseThrow())).isPresent();
    }

    @Test
    void csvProblemsNameTheLineAndTheField() {
        assertThat(csvProblem("fixture,shelf,position,sku,gtin\nF,1,1,A,96385074\n"))
                .isEqualTo("Line 1: the header has no column \"facings\" (it needs fixture, shelf, position, sku, gtin"
                        + " and facings).");
        assertThat(csvProblem(HEADER + "F,1,1,A,96385074,1\nF,1,2,B,4006381333932,1\n"))
                .isEqualTo("Line 3: the GTIN 4006381333932 has a wrong check digit.");
        assertThat(csvProblem(HEADER + "F,1,1,A,96385074,1\n\nF,1,1,B,4006381333931,1\n"))
                .isEqualTo("Line 4: fixture F, shelf 1, position 1 was already given (Line 2).");
        assertThat(csvProblem(HEADER + "F,1,1,A,96385074,1\nF,1,3,B,4006381333931,1\n"))
                .isEqualTo("Fixture F, shelf 1: position 2 is missing; positions are numbered from 1 without gaps.");
        assertThat(csvProblem(HEADER + "F,2,1,A,96385074,1\n"))
                .isEqualTo("Fixture F: shelf 1 is missing; shelves are numbered from 1 (the top) without gaps.");
        assertThat(csvProblem(HEADER + "F,one,1,A,96385074,1\n"))
                .isEqualTo("Line 2: shelf must be a whole number, not \"one\".");
        assertThat(csvProblem(HEADER + "F,1,0,A,96385074,1\n")).isEqualTo("Line 2: position must be 1 or more, not 0.");
        assertThat(csvProblem(HEADER + "F,1,1,,96385074,1\n")).isEqualTo("Line 2: sku is empty.");
        assertThat(csvProblem(HEADER + "F,1,1,A,9638507,1\n"))
                .isEqualTo("Line 2: the GTIN 9638507 must have 8, 12, 13 or 14 digits.");
        assertThat(csvProblem(HEADER + "F,1,1,A,96385074,1\nF,2,1,B,00000096385074,1\n"))
                .isEqualTo("Line 3: the GTIN 96385074 is already on fixture F at shelf 1, position 1; a product has"
                        + " one place on a fixture.");
        assertThat(csvProblem(HEADER + "F,1,1\n")).isEqualTo("Line 2: 3 cells where the header has 6.");
        assertThat(csvProblem(HEADER)).isEqualTo("p.csv holds no planogram positions.");
    }

    @Test
    void jsonProblemsNameThePath() {
        assertThat(jsonProblem("{\"fixtures\": [{\"fixture\": \"F\", \"shelves\": [{\"shelf\": 1, \"positions\": ["
                + "{\"position\": 1, \"sku\": \"A\", \"gtin\": \"96385075\"}]}]}]}"))
                .isEqualTo("fixtures[0].shelves[0].positions[0]: the GTIN 96385075 has a wrong check digit.");
        assertThat(jsonProblem("{\"fixtures\": [{\"fixture\": \"F\", \"shelves\": [{\"shelf\": 1, \"positions\": ["
                + "{\"position\": 1, \"sku\": \"A\", \"gtin\": 96385074}]}]}]}"))
                .isEqualTo("fixtures[0].shelves[0].positions[0]: gtin should be \"…\".");
        assertThat(jsonProblem("{\"fixtures\": [{\"fixture\": \"F\", \"shelves\": [{\"positions\": []}]}]}"))
                .isEqualTo("fixtures[0].shelves[0]: shelf is empty.");
        assertThat(jsonProblem("{\"fixture\": \"F\"}")).isEqualTo("$: fixtures should be [\u2026].");
        assertThat(jsonProblem("{\"fixtures\": [\n{\"fixture\": \"F\",,}]}")).startsWith("Line 2: this is not valid JSON (");
    }

    private static String csvProblem(String csv) {
        return ENGLISH.problem(catchThrowableOfType(() -> PlanogramCsv.read(new StringReader(csv), "p.csv"),
                PlanogramImportException.class));
    }

    private static String jsonProblem(String json) {
        return ENGLISH.problem(catchThrowableOfType(() -> PlanogramJson.read(new StringReader(json), "p.json"),
                PlanogramImportException.class));
    }
}
