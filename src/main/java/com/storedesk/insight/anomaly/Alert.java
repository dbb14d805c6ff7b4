package com.storedesk.insight.anomaly;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Something unusual at one store on one business date, with the numbers that show it. Screens turn
 * it into words with {@link AlertText}: the kind's title, and its reason with the subject as {0} and
 * the figures as {1}, {2}…
 *
 * @param figures typed as {@link AlertKind#figures()} says, in that order
 */
public record Alert(AlertKind kind, Severity severity, long storeId, LocalDate date, AlertSubject subject,
        List<AlertFigure> figures) {

    /** Most urgent first; then by kind; then by subject, so equal alerts keep one order between refreshes. */
    public static final Comparator<Alert> ORDER = Comparator.comparing(Alert::severity, Comparator.reverseOrder())
            .thenComparing(Alert::kind)
            .thenComparing(alert -> alert.subject().label())
            .thenComparing(alert -> alert.subject().id());

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
        figures = List.copyOf(figures);
        List<FigureType> types = figures.stream().map(AlertFigure::type).toList();
        if (!types.equals(kind.figures())) {
            throw new IllegalArgumentException(kind + " takes figures " + kind.figures() + ", not " + types);
        }
    }
}
