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
}
