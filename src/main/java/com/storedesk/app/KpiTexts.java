package com.storedesk.app;

import com.storedesk.core.Money;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.kpi.Kpi;
import com.storedesk.insight.kpi.KpiUnit;
import java.util.Currency;
import java.util.Objects;

/** How a tile's figures read in the user's language, the same on screen, in the CLI and in exports. */
public final class KpiTexts {

    private final Messages messages;
    private final Formats formats;

    public KpiTexts(Messages messages, Formats formats) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    public String label(Kpi kpi) {
        return messages.get(kpi.name().labelKey());
    }

    /** The value, or what is missing instead of it. */
    public String value(Kpi kpi, Currency currency) {
        if (kpi.value() == null) {
            return messages.get(kpi.gap().messageKey());
        }
        return switch (kpi.name().unit()) {
            case MONEY -> formats.money(new Money(kpi.value().longValueExact(), currency));
            case COUNT -> formats.integer(kpi.value().longValueExact());
            case DECIMAL -> formats.decimal(kpi.value().doubleValue(), 2);
            case PERCENT -> formats.percent(kpi.value().doubleValue(), 1);
        };
    }

    /** The note under a value that is there but incomplete, or empty. */
    public String caveat(Kpi kpi) {
        return kpi.value() != null && kpi.gap() != null ? messages.get(kpi.gap().messageKey()) : "";
    }

    /** "+5.2%" or "−5.2%" for amounts and counts, "+1.0 pt" for rates; empty when there is no comparison. */
    public String change(Kpi kpi, Double change) {
        if (change == null) {
            return "";
        }
        String magnitude = kpi.name().unit() == KpiUnit.PERCENT ? formats.decimal(Math.abs(change) * 100, 1)
                : formats.percent(Math.abs(change), 1);
        // A true minus, as in the district view's sentences; a change that rounds to nothing has no sign.
        String sign = magnitude.matches("[^1-9]*") ? "" : change > 0 ? "+" : "\u2212";
        return kpi.name().unit() == KpiUnit.PERCENT ? messages.get("kpi.change.points", sign + magnitude)
                : sign + magnitude;
    }
}
