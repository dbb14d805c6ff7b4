package com.storedesk.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChangeEditTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final ActionChange.SaleDiscount DISCOUNT = new ActionChange.SaleDiscount(null, 7, "GIF-0003",
            "Notebook", new BigDecimal("20"), 2_000, USD);
    private static final ActionChange.Markdown MARKDOWN = new ActionChange.Markdown(8, "CHE-0002", "Aged Gouda", 2_000,
            1_400, USD, LocalDate.of(2026, 11, 25));

    @Test
    void aDiscountIsEditedByItsPercentInTheUsersNotation() {
        assertThat(ChangeEdit.current(DISCOUNT, Locale.GERMANY)).isEqualTo("20");
        ActionChange edited = ChangeEdit.edited(DISCOUNT, "12,5", Locale.GERMANY).orElseThrow();
        assertThat(((ActionChange.SaleDiscount) edited).percent()).isEqualByComparingTo("12.5");
        assertThat(edited.target()).isEqualTo(DISCOUNT.target());
    }

    @Test
    void aMarkdownIsEditedByItsNewPriceInWholeUnits() {
        assertThat(ChangeEdit.current(MARKDOWN, Locale.US)).isEqualTo("14.00");
        ActionChange edited = ChangeEdit.edited(MARKDOWN, "15.50", Locale.US).orElseThrow();
        assertThat(((ActionChange.Markdown) edited).toPriceMinor()).isEqualTo(1_550);
    }

    @Test
    void whatTheChangeWouldNotAcceptIsRefused() {
        assertThat(ChangeEdit.edited(DISCOUNT, "0", Locale.US)).isEmpty();
        assertThat(ChangeEdit.edited(DISCOUNT, "100", Locale.US)).isEmpty();
        assertThat(ChangeEdit.edited(DISCOUNT, "ten", Locale.US)).isEmpty();
        assertThat(ChangeEdit.edited(DISCOUNT, "10%", Locale.US)).isEmpty();
        assertThat(ChangeEdit.edited(MARKDOWN, "20.00", Locale.US)).as("not lower than before").isEmpty();
        assertThat(ChangeEdit.edited(MARKDOWN, "14.005", Locale.US)).as("below a cent").isEmpty();
        assertThat(ChangeEdit.kind(new ActionChange.PurchaseOrderDraft("DC", java.util.List.of(
                new ActionChange.OrderLine(1, "A", "A", BigDecimal.ONE, 100)), USD))).isEmpty();
    }
}
