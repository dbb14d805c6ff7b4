package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.district.OutlierRate;
import com.storedesk.insight.district.StoreOutlier;
import com.storedesk.insight.district.VarianceExplanation;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DistrictTextsTest {

    private static final VarianceExplanation UNDER = new VarianceExplanation(-0.12, OptionalDouble.of(-0.04),
            OptionalDouble.of(-0.09), -0.126, 0.01);
    private static final VarianceExplanation OVER_WITHOUT_DOORS = new VarianceExplanation(0.08,
            OptionalDouble.empty(), OptionalDouble.empty(), 0.05, 0.0286);
    private static final StoreOutlier REFUNDS = new StoreOutlier(new StoreSummary(3, "demo", "s3", "S03",
            "Maple Avenue", ZoneId.of("America/New_York"), Currency.getInstance("USD")), OutlierRate.REFUND, 0.101,
            0.008, 12.4);

    @Test
    void englishReadsLikeTheIssuesExample() {
        DistrictTexts texts = texts(Language.ENGLISH);

        assertThat(texts.variance(Optional.of(UNDER)))
                .isEqualTo("Sales 12% under forecast: traffic \u22124%, conversion \u22129%, basket +1%");
        assertThat(texts.variance(Optional.of(OVER_WITHOUT_DOORS)))
                .isEqualTo("Sales 8% over forecast: transactions +5%, basket +3% (no door counts)");
        assertThat(texts.variance(Optional.empty())).isEqualTo("No forecast for this day");
        assertThat(texts.variance(Optional.of(new VarianceExplanation(0.004, OptionalDouble.of(0.01),
                OptionalDouble.of(-0.01), 0, 0.004)))).isEqualTo("Sales on forecast");
        assertThat(texts.outlier(REFUNDS)).isEqualTo("Refund rate 10.1% (district median 0.8%)");
        assertThat(texts.signed(-0.004)).isEqualTo("0%");
    }

    @Test
    void germanHasItsOwnWordsAndPercentSigns() {
        DistrictTexts texts = texts(Language.GERMAN);

        assertThat(texts.variance(Optional.of(UNDER)))
                .isEqualTo("Umsatz 12\u00a0% unter Prognose: Besucher \u22124\u00a0%, Konversion \u22129\u00a0%, Bon +1\u00a0%");
        assertThat(texts.variance(Optional.of(OVER_WITHOUT_DOORS)))
                .isEqualTo("Umsatz 8\u00a0% \u00fcber Prognose: Transaktionen +5\u00a0%, Bon +3\u00a0% (keine Besucherz\u00e4hlung)");
        assertThat(texts.outlier(REFUNDS)).isEqualTo("Erstattungsquote 10,1\u00a0% (Median im Bezirk 0,8\u00a0%)");
        assertThat(texts.rateName(OutlierRate.VOID)).isEqualTo("Stornoquote");
    }

    private static DistrictTexts texts(Language language) {
        Messages messages = new Messages(language);
        return new DistrictTexts(messages, new Formats(messages));
    }
}
