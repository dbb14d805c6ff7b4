package com.storedesk.insight.anomaly;

import static com.storedesk.insight.anomaly.TestStore.DAY;
import static com.storedesk.insight.anomaly.TestStore.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.core.Money;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of alert has its words in every language, and they take the kind's figures. */
class AlertTextTest {

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Stream.of(Language.values())
                .flatMap(language -> Stream.of(AlertKind.values()).map(kind -> Arguments.of(language, kind)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKindHasATitleAndAReasonInTheBundle(Language language) throws IOException {
        Properties bundle = bundle(language);
        for (AlertKind kind : AlertKind.values()) {
            assertThat(bundle.getProperty(kind.titleKey())).as("%s title in %s", kind, language).isNotBlank();
            assertThat(bundle.getProperty(kind.reasonKey())).as("%s reason in %s", kind, language).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("everyKindInEveryLanguage")
    void theReasonFormatsWithSampleFigures(Language language, AlertKind kind) {
        AlertText text = new AlertText(new Messages(language));
        for (long count : new long[] {1, 3}) {
            Alert alert = sample(kind, count);

            String reason = text.reason(alert);

            assertThat(text.title(alert)).doesNotContain("!").isNotBlank();
            assertThat(reason).as("%s in %s", kind, language).doesNotContain("{", "}", "!alert.");
            if (alert.subject().type() != AlertSubject.Type.STORE) {
                // The store is on the dashboard already; whom or what else an alert is about, it names.
                assertThat(reason).as("%s in %s", kind, language).contains(alert.subject().label());
            }
        }
    }

    @Test
    void englishReadsPlainly() {
        AlertText text = new AlertText(new Messages(Language.ENGLISH));
        Alert discounts = new Alert(AlertKind.CASHIER_DISCOUNTS, Severity.CRITICAL, 7, DAY,
                AlertSubject.employee(12, "Miguel Fisher"), List.of(AlertFigure.share(0.121), AlertFigure.share(0.024),
                        AlertFigure.count(83), AlertFigure.money(new Money(166_713, USD)), AlertFigure.count(14)));
        Alert stockOut = new Alert(AlertKind.STOCK_OUT, Severity.CRITICAL, 7, DAY,
                AlertSubject.product("COF-0012", "Espresso Pods"), List.of(AlertFigure.quantity(38.5),
                        AlertFigure.count(3), AlertFigure.money(new Money(46_162, USD))));

        assertThat(text.title(discounts)).isEqualTo("Frequent discounts by a cashier");
        assertThat(text.reason(discounts)).isEqualTo("Miguel Fisher gave discounts on 12% of their sales in the last"
                + " 14 days (83 sales, $1,667.13 off), against 2% for the median cashier.");
        assertThat(text.reason(stockOut)).isEqualTo("Espresso Pods (COF-0012) has not sold for 3 trading days in a"
                + " row, though it usually sells 38.5 a day (about $461.62). It is probably out of stock or missing"
                + " from the shelf.");
    }

    @Test
    void germanFormatsNumbersAndTimesTheGermanWay() {
        AlertText text = new AlertText(new Messages(Language.GERMAN));
        Alert dark = new Alert(AlertKind.SENSOR_DARK, Severity.WARNING, 7, DAY, AlertSubject.sensor("door-S04"),
                List.of(AlertFigure.time(LocalTime.NOON), AlertFigure.time(LocalTime.of(18, 0)),
                        AlertFigure.count(1_117)));
        assertThat(text.reason(dark)).isEqualTo(
                "door-S04 hat von 12:00 bis 18:00 keine Besucher gez\u00e4hlt, w\u00e4hrend das Gesch\u00e4ft 1.117"
                        + " Verk\u00e4ufe gebucht hat.");
    }

    /** An alert of {@code kind} with a sample figure of each type, counts set to {@code count}. */
    private static Alert sample(AlertKind kind, long count) {
        List<AlertFigure> figures = new ArrayList<>();
        for (FigureType type : kind.figures()) {
            figures.add(switch (type) {
                case MONEY -> AlertFigure.money(new Money(123_456, USD));
                case PERCENT -> AlertFigure.share(0.125);
                case COUNT -> AlertFigure.count(count);
                case DECIMAL -> AlertFigure.quantity(6.5);
                case TIME_OF_DAY -> AlertFigure.time(LocalTime.of(13, 30));
            });
        }
        AlertSubject subject = switch (kind) {
            case CASHIER_DISCOUNTS, CASHIER_VOIDS, STAFF_REFUNDS -> AlertSubject.employee(5, "Tiffany Anderson");
            case STOCK_OUT -> AlertSubject.product("COF-0012", "Espresso Pods");
            case SENSOR_DARK -> AlertSubject.sensor("door-S04");
            default -> AlertSubject.store("S03", "Maple Avenue");
        };
        return new Alert(kind, Severity.WARNING, 7, DAY, subject, figures);
    }

    private static Properties bundle(Language language) throws IOException {
        String name = language == Language.ENGLISH
                ? "messages.properties" : "messages_" + language.tag() + ".properties";
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
