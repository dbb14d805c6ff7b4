package com.storedesk.ui.dashboard;

import com.storedesk.data.StoreSummary;
import com.storedesk.insight.kpi.KpiName;
import com.storedesk.ui.components.KpiTile;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The store dashboard's state, ready to show: the controller fills it, the view binds to it. */
final class DashboardModel {

    record ProductRow(String name, String sku, String units, String sales, String margin) {
    }

    /**
     * @param basket what the basket was for and its best add-on; null until read
     */
    record SaleRow(long id, String time, String receipt, String items, String total, String cashier, String member,
            boolean voided, BasketLine basket) {
    }

    /**
     * A sale's basket in words: what it was for, the best add-on's product ("" when none in stock) and
     * the sentence that says why. {@link #NONE} for a sale with no summary (a voided one).
     */
    record BasketLine(String summary, String addOn, String addOnWhy) {
        static final BasketLine NONE = new BasketLine("", "", "");
    }

    record AlertRow(String severity, String title, String reason) {
    }

    record Chart(List<HourlySalesChart.Bar> bars, OptionalInt currentHour) {
        static final Chart EMPTY = new Chart(List.of(), OptionalInt.empty());
    }

    final BooleanProperty loading = new SimpleBooleanProperty(true);
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty();

    final ObservableList<StoreSummary> stores = FXCollections.observableArrayList();
    final ObjectProperty<StoreSummary> store = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** "Live, as of 14:32" or "Whole day": what the figures cover. */
    final StringProperty asOf = new SimpleStringProperty("");
    final StringProperty forecastSummary = new SimpleStringProperty("");
    final ObjectProperty<Chart> chart = new SimpleObjectProperty<>(Chart.EMPTY);

    final Map<KpiName, ObjectProperty<KpiTile.Content>> tiles = new EnumMap<>(KpiName.class);
    final ObservableList<ProductRow> topProducts = FXCollections.observableArrayList();
    final ObservableList<ProductRow> bottomProducts = FXCollections.observableArrayList();
    final ObservableList<SaleRow> latestSales = FXCollections.observableArrayList();
    final ObservableList<AlertRow> alerts = FXCollections.observableArrayList();

    DashboardModel() {
        for (KpiName name : KpiName.values()) {
            tiles.put(name, new SimpleObjectProperty<>());
        }
    }
}
