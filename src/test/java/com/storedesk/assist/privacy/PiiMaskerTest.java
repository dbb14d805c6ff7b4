package com.storedesk.assist.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

    private static final KnownCustomer MARIA = new KnownCustomer("Maria", "Lopez", "maria.lopez@example.com",
            "+1 212-555-0123", "42 Elm Street, Springfield", "HP40001234");
    private static final KnownCustomer JO = new KnownCustomer("Jo", "Park", null, null, null, "HP40009999");

    private final PiiMasker masker = new PiiMasker("HP\\d{8}");

    private static String maskAlone(String text) {
        return new PiiMasker("HP\\d{8}").start(MaskingContext.none()).mask(text);
    }

    @Test
    void aKnownCustomersValuesBecomePlaceholdersAndComeBackInTheAnswer() {
        Masking masking = masker.start(MaskingContext.of(MARIA, JO));
        String masked = masking.mask("Maria Lopez (maria.lopez@example.com, +1 212-555-0123, card HP40001234) "
                + "lives at 42 Elm Street, Springfield. Maria asked about Jo Park's order.");

        assertThat(masked).isEqualTo("<CUSTOMER_1> (<EMAIL_1>, <PHONE_1>, card <LOYALTY_ID_1>) lives at <ADDRESS_1>."
                + " <CUSTOMER_1_FIRST> asked about <CUSTOMER_2>'s order.");
        assertThat(masking.unmask("Tell <CUSTOMER_1_FIRST> that <CUSTOMER_2> can call <PHONE_1>; <CUSTOMER_9> is unknown."))
                .isEqualTo("Tell Maria that Jo Park can call +1 212-555-0123; <CUSTOMER_9> is unknown.");
        assertThat(masking.maskedValues()).isEqualTo(7);
    }

    @Test
    void namesAreFoundInAnyCaseAndOrderButALoneNameOnlyAsWritten() {
        Masking masking = masker.start(MaskingContext.of(new KnownCustomer("May", "Rich", null, null, null, null)));
        assertThat(masking.mask("MAY RICH, or Rich, May: may we enrich May's rich offer?"))
                .isEqualTo("<CUSTOMER_1>, or <CUSTOMER_1>: may we enrich <CUSTOMER_1_FIRST>'s rich offer?");
    }

    @Test
    void aCustomersNumberIsMaskedHoweverItIsWrittenAndKeepsOnePlaceholder() {
        Masking masking = masker.start(MaskingContext.of(MARIA));
        assertThat(masking.mask("212.555.0123 or (212) 555-0123 or 2125550123 or +12125550123 or 212 5550123"))
                .isEqualTo("<PHONE_1> or <PHONE_1> or <PHONE_1> or <PHONE_1> or <PHONE_1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 (415) 555-0199", "+44 20 7946 0958", "+44 (0)20 7946 0958", "+49 30 12345678",
            "+33 6 12 34 56 78", "+33612345678", "(415) 555-0199", "415-555-0199", "415.555.0199", "1-415-555-0199",
            "555-0199", "030 1234567", "06 12 34 56 78", "0612345678", "020 7946 0958", "4155550199", "+61 2 9876 5432"})
    void phoneNumbersInInternationalAndLocalFormsAreMasked(String phone) {
        assertThat(maskAlone("Call me on " + phone + " after six.")).isEqualTo("Call me on <PHONE_1> after six.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5500 0000 0000 0004",
            "3782 822463 10005", "6011000990139424"})
    void cardNumbersThatPassLuhnAreMasked(String card) {
        assertThat(maskAlone("Paid with " + card + ".")).isEqualTo("Paid with <CARD_1>.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sold 12 units on 2026-11-22 at 15:30.", "Total 1,234.56 USD, 1.234.567,00 EUR, 1 250 000.",
            "Sizes 38 40 42 44 in stock.", "Order 4111111111111112 is not a card.", "GTIN 04012345678901, SKU MILK-1L.",
            "On 22.11.2026 and 01.12.2026.", "Aisle 7, bay 12-3, 3 for 10.", "Order 123456789."})
    void datesPricesSizesAndCodesAreLeftAlone(String text) {
        assertThat(maskAlone(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@example.com", "JANE_DOE+promo@mail.example.co.uk", "j@x.io", "o'brien@example.ie"})
    void emailsAreMasked(String email) {
        assertThat(maskAlone("Write to " + email + ", please.")).isEqualTo("Write to <EMAIL_1>, please.");
    }

    @Test
    void loyaltyIdsFollowTheStoresPatternInAnyCaseAndNothingElse() {
        assertThat(maskAlone("Member HP40000123, also hp40000999; not HP4000012 nor XHP40000123."))
                .isEqualTo("Member <LOYALTY_ID_1>, also <LOYALTY_ID_2>; not HP4000012 nor XHP40000123.");
        assertThat(new PiiMasker("LY-\\d{6}").start(MaskingContext.none()).mask("Card LY-004211."))
                .isEqualTo("Card <LOYALTY_ID_1>.");
    }

    @Test
    void theSameValueKeepsItsPlaceholderAcrossTextsOfOneCall() {
        Masking masking = masker.start(MaskingContext.of(MARIA));
        assertThat(masking.mask("MARIA.LOPEZ@EXAMPLE.COM")).isEqualTo("<EMAIL_1>");
        assertThat(masking.mask("bob@example.org and maria.lopez@example.com")).isEqualTo("<EMAIL_2> and <EMAIL_1>");
        assertThat(masking.unmask("<EMAIL_1>, <EMAIL_2>")).isEqualTo("MARIA.LOPEZ@EXAMPLE.COM, bob@example.org");
    }

    @Test
    void anAddressIsFoundAcrossLineBreaksAndInAnyCase() {
        Masking masking = masker.start(MaskingContext.of(MARIA));
        assertThat(masking.mask("Ship to 42 ELM STREET,\n  Springfield today")).isEqualTo("Ship to <ADDRESS_1> today");
    }

    @Test
    void aLoneNameGoesToTheCustomerMentionedOtherwise() {
        KnownCustomer otherMaria = new KnownCustomer("Maria", "Schmidt", null, null, null, null);
        Masking masking = masker.start(MaskingContext.of(otherMaria, MARIA));
        assertThat(masking.mask("HP40001234: Maria wants the blue one")).isEqualTo("<LOYALTY_ID_1>: <CUSTOMER_1_FIRST> wants the blue one");
        assertThat(masking.unmask("<CUSTOMER_1_FIRST>")).isEqualTo("Maria");
    }

    @Test
    void nothingPersonalIsShownByToString() {
        assertThat(MARIA.toString()).doesNotContain("Maria").doesNotContain("Lopez").doesNotContain("555");
        assertThat(MaskingContext.of(MARIA).toString()).isEqualTo("MaskingContext[1 customers]");
    }

    @Test
    void luhnChecksTheLastDigit() {
        assertThat(Luhn.valid("79927398713")).isTrue();
        assertThat(Luhn.valid("79927398710")).isFalse();
        assertThat(Luhn.valid("")).isFalse();
    }
}
