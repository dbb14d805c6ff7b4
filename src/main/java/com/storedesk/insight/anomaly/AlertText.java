package com.storedesk.insight.anomaly;

import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Puts an alert into words in the user's language: the kind's title, and its reason with the
 * subject and the figures formatted for the locale. Counts reach the pattern as numbers, so a
 * pattern may choose its words by them ({@code {3,choice,1#one day|1<{3,number,integer} days}});
 * every other figure arrives as formatted text.
 */
public final class AlertText {

    private final Messages messages;
    private final Formats formats;
    private final DateTimeFormatter time;

    public AlertText(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale());
    }

    public String title(Alert alert) {
        return messages.get(alert.kind().titleKey());
    }

    public String reason(Alert alert) {
        List<AlertFigure> figures = alert.figures();
        Object[] arguments = new Object[figures.size() + 1];
        arguments[0] = alert.subject().label();
        for (int i = 0; i < figures.size(); i++) {
            arguments[i + 1] = argument(figures.get(i));
        }
        return messages.get(alert.kind().reasonKey(), arguments);
    }

    private Object argument(AlertFigure figure) {
        if (figure instanceof AlertFigure.Amount amount) {
            return formats.money(amount.money());
        }
        if (figure instanceof AlertFigure.Share share) {
            return formats.percent(share.fraction());
        }
        if (figure instanceof AlertFigure.Count count) {
            return count.count();
        }
        if (figure instanceof AlertFigure.Quantity quantity) {
            NumberFormat decimal = NumberFormat.getNumberInstance(messages.locale()); // not thread-safe: one per use
            decimal.setMaximumFractionDigits(1);
            return decimal.format(quantity.value());
        }
        return time.format(((AlertFigure.TimeOfDay) figure).time());
    }
}
