package com.storedesk.ui.district;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The district view's state, ready to show: the controller fills it, the view binds to it. */
final class DistrictModel {

    /**
     * A cell's text and the number it sorts by; a missing figure (NaN) sorts below every number, so
     * the stores that lack it gather at one end.
     */
    record Figure(String text, double value) implements Comparable<Figure> {
        @Override
        public int compareTo(Figure other) {
            boolean missing = Double.isNaN(value);
            boolean otherMissing = Double.isNaN(other.value);
            if (missing || otherMissing) {
                return Boolean.compare(otherMissing, missing);
            }
            return Double.compare(value, other.value);
        }
    }

    /** The 14 days' net sales, oldest first; sorts by their total. */
    record Days(List<Long> netMinor) implements Comparable<Days> {
        long total() {
            return netMinor.stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public int compareTo(Days other) {
            return Long.compare(total(), other.total());
        }
    }

    record Row(long storeId, Figure rank, String store, Figure netSales, Figure vsForecast, Figure transactions,
            Figure conversion, Figure averageOrder, Days lastDays, Figure alerts, Figure planogram, Figure variance) {
    }

    /** A store whose rate stands out: who, and the rate against the district's median in words. */
    record StandOut(String store, String rate) {
    }

    final BooleanProperty loading = new SimpleBooleanProperty(true);
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty();

    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** "Live: figures up to 14:32" or "The whole day of 22 Nov": what the figures cover. */
    final StringProperty asOf = new SimpleStringProperty("");
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObservableList<StandOut> standOuts = FXCollections.observableArrayList();
    /** Where the last export went, in words; null until one is done. */
    final StringProperty exported = new SimpleStringProperty();
}
