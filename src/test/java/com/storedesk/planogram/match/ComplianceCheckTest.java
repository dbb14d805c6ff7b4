package com.storedesk.planogram.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.PlanogramText;
import com.storedesk.planogram.model.Gtin;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramPosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alignment cases: shelf 1 holds A B C D, shelf 2 holds E F G (SKUs A..G, GTINs made from them). */
class ComplianceCheckTest {

    private static final Planogram BAY = planogram(List.of("A", "B", "C", "D"), List.of("E", "F", "G"));
    private static final PlanogramText ENGLISH = new PlanogramText(new Messages(Language.ENGLISH));

    @Test
    void everythingInPlaceScoresOne() {
        ComplianceResult result = check(List.of(codes("A", "B", "C", "D"), codes("E", "F", "G")));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.positions()).allMatch(p -> p.status() == PositionStatus.CORRECT);
        assertThat(result.corrections()).isEmpty();
    }

    @Test
    void oneMissingItemLeavesTheRestOfTheShelfCorrect() {
        ComplianceResult result = check(List.of(codes("A", "C", "D"), codes("E", "F", "G")));

        assertThat(statuses(result)).containsExactly("A correct", "B missing", "C correct", "D correct", "E correct",
                "F correct", "G correct");
        assertThat(result.shelfScore(1)).isEqualTo(0.75);
        assertThat(result.score()).isEqualTo(6 / 7.0);
        assertThat(texts(result)).containsExactly("Shelf 1 position 2: SKU B missing");
    }

    @Test
    void aSwapBetweenShelvesIsTwoMoves() {
        ComplianceResult result = check(List.of(codes("A", "F", "C", "D"), codes("E", "B", "G")));

        assertThat(statuses(result)).containsExactly("A correct", "B misplaced", "C correct", "D correct", "E correct",
                "F misplaced", "G correct");
        assertThat(result.positions().get(1).foundAt()).isEqualTo(new Place(2, 2));
        assertThat(result.positions().get(5).foundAt()).isEqualTo(new Place(1, 2));
        assertThat(texts(result)).containsExactly("Move SKU B from shelf 2 position 2 to shelf 1 position 2",
                "Move SKU F from shelf 1 position 2 to shelf 2 position 2");
        assertThat(result.unexpected()).isEmpty();
    }

    @Test
    void anItemNotOnThePlanogramIsUnexpectedAndShiftsNothing() {
        ComplianceResult result = check(List.of(codes("A", "B", "X", "C", "D"), codes("E", "F", "G")));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.unexpected()).containsExactly(new UnexpectedCode(new Place(1, 3), gtin("X")));
        assertThat(texts(result)).containsExactly("Shelf 1 position 3: remove " + gtin("X")
                + ", it is not on this planogram");
    }

    @Test
    void repeatsOfOneCodeAreItsFacingsAndCountOnce() {
        ComplianceResult result = check(List.of(codes("A", "A", "A", "B", "C", "C", "D"), codes("E", "F", "F", "G")));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.surplus()).isEmpty();
    }

    @Test
    void anEmptyShelfScanMakesItsPositionsMissingAndTheOthersStillCount() {
        ComplianceResult result = check(List.of(List.of(), codes("E", "F", "G")));

        assertThat(result.shelfScore(1)).isZero();
        assertThat(result.shelfScore(2)).isEqualTo(1.0);
        assertThat(statuses(result)).startsWith("A missing", "B missing", "C missing", "D missing");
    }

    @Test
    void aShelfReversedKeepsOneItemAndMovesTheOthers() {
        ComplianceResult result = check(List.of(codes("D", "C", "B", "A"), codes("E", "F", "G")));

        assertThat(result.shelfScore(1)).isEqualTo(0.25);
        assertThat(result.positions().subList(0, 4)).filteredOn(p -> p.status() == PositionStatus.MISPLACED)
                .hasSize(3).allMatch(p -> p.foundAt().shelf() == 1);
        assertThat(result.positions().get(0).foundAt()).isEqualTo(new Place(1, 4));
    }

    @Test
    void aProductSeenAgainElsewhereIsSurplus() {
        ComplianceResult result = check(List.of(codes("A", "B", "C", "D"), codes("E", "A", "F", "G")));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(texts(result)).containsExactly(
                "Shelf 2 position 2: remove the extra SKU A (its place is shelf 1 position 1)");
    }

    @Test
    void aProductMovedAndAlsoInPlaceOnceMore() {
        ComplianceResult result = check(List.of(codes("A", "C", "D"), codes("E", "B", "F", "B", "G")));

        assertThat(result.positions().get(1).status()).isEqualTo(PositionStatus.MISPLACED);
        assertThat(result.positions().get(1).foundAt()).isEqualTo(new Place(2, 2));
        assertThat(result.surplus()).extracting(SurplusItem::at).containsExactly(new Place(2, 4));
    }

    @Test
    void otherGtinFormsSkusAndScannerPrefixesMatch() {
        List<String> shelf = List.of("]E0" + gtin("A"), "0" + gtin("B"), "C", "00" + gtin("D"));

        assertThat(check(List.of(shelf, codes("E", "F", "G"))).score()).isEqualTo(1.0);
    }

    @Test
    void moreShelvesScannedThanPlannedAreStillSearched() {
        ComplianceResult result = check(List.of(codes("A", "B", "C"), codes("E", "F", "G"), codes("D", "Y")));

        assertThat(result.positions().get(3).foundAt()).isEqualTo(new Place(3, 1));
        assertThat(result.unexpected()).extracting(UnexpectedCode::at).containsExactly(new Place(3, 2));
    }

    @Test
    void scansFilesSplitAtBlankLines() {
        assertThat(ShelfScans.parse(List.of("1", "1", "2", "", "3", "", "", "4", "", ""))).containsExactly(
                List.of("1", "1", "2"), List.of("3"), List.of(), List.of("4"));
        assertThat(ShelfScans.parse(List.of("", "5"))).containsExactly(List.of(), List.of("5"));
        assertThat(ShelfScans.parse(List.of())).isEmpty();
    }

    private static ComplianceResult check(List<List<String>> shelves) {
        return ComplianceCheck.check(BAY, shelves);
    }

    private static List<String> statuses(ComplianceResult result) {
        return result.positions().stream().map(p -> p.expected().sku() + " " + p.status().jsonName()).toList();
    }

    private static List<String> texts(ComplianceResult result) {
        return result.corrections().stream().map(ENGLISH::correction).toList();
    }

    private static List<String> codes(String... skus) {
        return Arrays.stream(skus).map(ComplianceCheckTest::gtin).toList();
    }

    /** A valid UPC-A per letter: 0 + eleven digits from the letter + check digit. */
    static String gtin(String sku) {
        String body = String.format("%011d", (long) sku.charAt(0) * 1_000_003L);
        return body + Gtin.checkDigit(body);
    }

    private static Planogram planogram(List<String> top, List<String> second) {
        List<List<PlanogramPosition>> shelves = new ArrayList<>();
        for (List<String> skus : List.of(top, second)) {
            if (skus.isEmpty()) {
                continue;
            }
            List<PlanogramPosition> shelf = new ArrayList<>();
            for (String sku : skus) {
                shelf.add(new PlanogramPosition(shelves.size() + 1, shelf.size() + 1, sku,
                        Gtin.parse(gtin(sku)).orElseThrow(), 1));
            }
            shelves.add(shelf);
        }
        return new Planogram("BAY", shelves);
    }
}
