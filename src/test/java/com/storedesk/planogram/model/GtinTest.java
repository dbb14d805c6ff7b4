package com.storedesk.planogram.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void upcAEan13AndGtin14OfOneProductAreOneGtin() {
        Gtin upc = Gtin.parse("036000291452").orElseThrow();

        assertThat(Gtin.parse("0036000291452")).contains(upc);
        assertThat(Gtin.parse("00036000291452")).contains(upc);
        assertThat(Gtin.parse(" 036000291452 ")).contains(upc);
        assertThat(upc.digits()).isEqualTo("00036000291452");
        assertThat(upc.shortForm()).isEqualTo("036000291452");
    }

    @Test
    void ean8KeepsItsEightDigitsAndMatchesItsGtin14() {
        Gtin ean8 = Gtin.parse("96385074").orElseThrow();

        assertThat(Gtin.parse("00000096385074")).contains(ean8);
        assertThat(ean8.shortForm()).isEqualTo("96385074");
    }

    @Test
    void checkDigitsOfEveryLength() {
        assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Gtin.checkDigit("03600029145")).isEqualTo(2);
        assertThat(Gtin.checkDigit("9638507")).isEqualTo(4);
        assertThat(Gtin.checkDigit("1061414100041")).isEqualTo(5);
        assertThat(Gtin.parse("4006381333931")).isPresent();
        assertThat(Gtin.parse("10614141000415")).isPresent();
    }

    @Test
    void theDemoCatalogsGtinsAreValid() {
        assertThat(Gtin.parse("2001000000012")).isPresent();
        assertThat(Gtin.parse("2002000000019")).isPresent();
    }

    @Test
    void eachProblemIsNamed() {
        assertThat(Gtin.problem("4006381333932")).contains(Gtin.Problem.CHECK_DIGIT);
        assertThat(Gtin.problem("40063813339")).contains(Gtin.Problem.WRONG_LENGTH);
        assertThat(Gtin.problem("400638133393X")).contains(Gtin.Problem.NOT_DIGITS);
        assertThat(Gtin.problem("")).contains(Gtin.Problem.NOT_DIGITS);
        assertThat(Gtin.problem("4006381333931")).isEmpty();
        assertThat(Gtin.parse("4006381333932")).isEmpty();
        assertThatThrownBy(() -> new Gtin("4006381333931")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Pairs from the GS1 expansion rules, with each UPC-A's check digit computed here, not copied:
     * the UPC-E carries the UPC-A's check digit.
     */
    @Test
    void aUpcEIsTheUpcAItExpandsTo() {
        String[][] pairs = {
            // number system, six digits, UPC-A without its check digit
            {"0", "425261", "04210000526"}, // last digit 0-2: two manufacturer digits, it, 0000, three
            {"0", "123450", "01200000345"},
            {"1", "234562", "12320000456"},
            {"0", "123453", "01230000045"}, // 3: three manufacturer digits, 00000, two
            {"0", "123454", "01234000005"}, // 4: four, 00000, one
            {"0", "123455", "01234500005"}, // 5-9: five, 0000, it
            {"1", "654329", "16543200009"},
        };
        for (String[] pair : pairs) {
            int check = Gtin.checkDigit(pair[2]);
            String upcE = pair[0] + pair[1] + check;
            Gtin expanded = Gtin.fromUpcE(upcE).orElseThrow(() -> new AssertionError(upcE));
            assertThat(expanded.shortForm()).as(upcE).isEqualTo(pair[2] + check);
            assertThat(Gtin.parse("0" + pair[2] + check)).as("EAN-13 of " + upcE).contains(expanded);
        }
        assertThat(Gtin.fromUpcE("04252614").orElseThrow().shortForm()).isEqualTo("042100005264");
    }

    @Test
    void eightDigitsAreAnEan8WhenItsCheckDigitHoldsElseAUpcE() {
        assertThat(Gtin.checkDigit("0425261")).as("04252614 is no EAN-8").isNotEqualTo(4);
        assertThat(Gtin.parse("04252614")).contains(Gtin.parse("042100005264").orElseThrow());
        assertThat(Gtin.problem("04252614")).isEmpty();
        assertThat(Gtin.parse("96385074").orElseThrow().shortForm()).isEqualTo("96385074");
    }

    @Test
    void aUpcEWithAWrongCheckDigitOrNumberSystemIsNone() {
        assertThat(Gtin.fromUpcE("04252615")).isEmpty();
        assertThat(Gtin.fromUpcE("24252614")).isEmpty();
        assertThat(Gtin.fromUpcE("0425261")).isEmpty();
        assertThat(Gtin.fromUpcE("0425261X")).isEmpty();
        assertThat(Gtin.problem("04252615")).contains(Gtin.Problem.CHECK_DIGIT);
    }
}
