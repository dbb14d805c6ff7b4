package com.storedesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void keepsMinorUnitsOfTheCurrency() {
        assertThat(Money.of(new BigDecimal("12.50"), USD).minorUnits()).isEqualTo(1250);
        assertThat(Money.of(new BigDecimal("1250"), JPY).minorUnits()).isEqualTo(1250);
        assertThat(Money.ofMinor(1999, "USD").amount()).isEqualByComparingTo("19.99");
    }

    @Test
    void refusesToRoundAwayFractionsOfACent() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.005"), USD)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void addsAndSubtractsInTheSameCurrencyOnly() {
        Money a = Money.ofMinor(1000, "USD");
        Money b = Money.ofMinor(250, "USD");
        assertThat(a.plus(b)).isEqualTo(Money.ofMinor(1250, "USD"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(b.times(3)).isEqualTo(Money.ofMinor(750, "USD"));
        assertThatThrownBy(() -> a.plus(Money.ofMinor(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detectsOverflowInsteadOfWrappingAround() {
        assertThatThrownBy(() -> Money.ofMinor(Long.MAX_VALUE, "USD").plus(Money.ofMinor(1, "USD")))
                .isInstanceOf(ArithmeticException.class);
    }
}
