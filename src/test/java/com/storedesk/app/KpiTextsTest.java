package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.kpi.Kpi;
import com.storedesk.insight.kpi.KpiName;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KpiTextsTest {

    private final Messages english = new Messages(Language.ENGLISH);
    private final KpiTexts texts = new KpiTexts(english, new Formats(english));

    @Test
    void changesCarryASignAndATrueMinus() {
        Kpi sales = new Kpi(KpiName.NET_SALES, BigDecimal.valueOf(100_00), null, -0.103, 0.052);

        assertThat(texts.change(sales, sales.vsForecast())).isEqualTo("\u221210.3%");
        assertThat(texts.change(sales, sales.vsLastWeek())).isEqualTo("+5.2%");
        assertThat(texts.change(sales, -0.0001)).isEqualTo("0.0%");
        assertThat(texts.change(sales, null)).isEmpty();
    }

    @Test
    void ratesChangeInPoints() {
        Kpi conversion = new Kpi(KpiName.CONVERSION, new BigDecimal("0.25"), null, -0.012, 0.004);

        assertThat(texts.change(conversion, conversion.vsForecast())).isEqualTo("\u22121.2 pt");
        assertThat(texts.change(conversion, conversion.vsLastWeek())).isEqualTo("+0.4 pt");
    }
}
