package com.storedesk.assist.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuestionReadingTest {

    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 2);

    @Test
    void lastSpringIsTheLatestSpringThatEnded() {
        assertThat(QuestionReading.period("What did she buy last spring?", DECEMBER))
                .contains(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)));
        assertThat(QuestionReading.period("What did she buy last spring?", LocalDate.of(2026, 4, 10)))
                .contains(new DateRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31)));
        assertThat(QuestionReading.period("Was hat sie im letzten Frühjahr gekauft?", DECEMBER))
                .contains(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)));
        assertThat(QuestionReading.period("¿Qué compró el invierno pasado?", DECEMBER))
                .contains(new DateRange(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void monthsWeeksYearsAndDays() {
        assertThat(QuestionReading.period("what did he buy last month", DECEMBER))
                .contains(new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(QuestionReading.period("purchases in March", DECEMBER))
                .contains(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(QuestionReading.period("achats en mars", LocalDate.of(2026, 2, 1)))
                .contains(new DateRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
        assertThat(QuestionReading.period("bought in the last 30 days", DECEMBER))
                .contains(new DateRange(LocalDate.of(2026, 11, 3), DECEMBER));
        assertThat(QuestionReading.period("what did she buy last week", DECEMBER))
                .contains(new DateRange(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThat(QuestionReading.period("anything this year?", DECEMBER))
                .contains(new DateRange(LocalDate.of(2026, 1, 1), DECEMBER));
    }

    @Test
    void theModalMayIsNotAMonth() {
        assertThat(QuestionReading.period("What may she like?", DECEMBER)).isEmpty();
        assertThat(QuestionReading.period("What did she buy in May?", DECEMBER))
                .contains(new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
    }

    @Test
    void stockAndHistoryQuestionsAreToldApart() {
        assertThat(QuestionReading.aboutStock("Does this jacket come in M at another store?")).isTrue();
        assertThat(QuestionReading.aboutStock("Haben wir die French Press noch auf Lager?")).isTrue();
        assertThat(QuestionReading.aboutStock("What is the return window for opened electronics?")).isFalse();
        assertThat(QuestionReading.aboutHistory("What did she buy last spring?")).isTrue();
        assertThat(QuestionReading.aboutHistory("Qu'a-t-elle acheté au printemps ?")).isTrue();
        assertThat(QuestionReading.aboutHistory("What is the return window for opened electronics?")).isFalse();
        assertThat(QuestionReading.aboutHistory("Does she usually buy whole beans?")).isTrue();
        assertThat(QuestionReading.aboutHistory("Can I buy a gift card online?")).isFalse();
    }
}
