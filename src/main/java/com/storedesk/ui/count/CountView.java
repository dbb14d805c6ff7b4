package com.storedesk.ui.count;

import atlantafx.base.theme.Styles;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.inventory.count.CountSession;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.Section;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The count screen: with no count in hand, where to start one and the unfinished ones to resume;
 * then the count being made ({@link CountSheetPane}); then its comparison ({@link CountResultPane}).
 * Large targets throughout: it is used standing, with a scanner in the other hand.
 */
final class CountView {

    private final CountModel model;
    private final Messages messages;
    private final Formats formats;
    private final CountController controller;
    private final VBox unfinished = new VBox(8);
    private final TextField location = new TextField();
    private final CountSheetPane sheetPane;
    private final ScrollPane root;

    CountView(CountModel model, Messages messages, Formats formats, QuantityText quantities,
            CountController controller, Node cameraPreview) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.controller = controller;
        this.sheetPane = new CountSheetPane(model, messages, quantities, controller, cameraPreview);
        ErrorMessage error = new ErrorMessage(messages.get("count.error.title"), model.error);
        error.setId("count-error");
        Node start = startPane();
        start.visibleProperty().bind(model.sheet.isNull().and(model.result.isNull()));
        start.managedProperty().bind(start.visibleProperty());
        Node result = new CountResultPane(model, messages, quantities, controller).root();
        VBox page = new VBox(16, new ScreenHeader(messages.get("count.title"), messages.get("count.subtitle")),
                error, start, sheetPane.root(), result);
        page.getStyleClass().addAll("screen", "count");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("count-screen");
        model.unfinished.addListener((javafx.collections.ListChangeListener<CountSession>) change -> showUnfinished());
        model.stores.addListener((javafx.collections.ListChangeListener<StoreSummary>) change -> showUnfinished());
    }

    Node root() {
        return root;
    }

    /** The field the next input goes to: the code while counting, else where to count. */
    void focusEntry() {
        if (model.sheet.get() != null) {
            sheetPane.focusCode();
        } else {
            location.requestFocus();
        }
    }

    private Node startPane() {
        ComboBox<StoreSummary> store = new ComboBox<>(model.stores);
        store.setId("count-store");
        store.setConverter(ChoiceLabels.of(s -> s.code() + " \u00b7 " + s.name()));
        store.valueProperty().bindBidirectional(model.store);
        store.getStyleClass().add(Styles.LARGE);
        store.setMaxWidth(Double.MAX_VALUE);
        // One store needs no choosing: a kiosk's associate sees only where they count.
        store.visibleProperty().bind(Bindings.size(model.stores).greaterThan(1));
        store.managedProperty().bind(store.visibleProperty());
        location.setId("count-location");
        location.setPromptText(messages.get("count.location.prompt"));
        location.textProperty().bindBidirectional(model.location);
        location.getStyleClass().add(Styles.LARGE);
        location.setOnAction(e -> controller.start());
        HBox.setHgrow(location, Priority.ALWAYS);
        Button start = new Button(messages.get("count.start"), new FontIcon(Feather.PLAY));
        start.setId("count-start");
        start.getStyleClass().addAll(Styles.LARGE, Styles.ACCENT);
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.disableProperty().bind(model.busy.or(model.location.isEmpty()));
        start.setOnAction(e -> controller.start());
        HBox row = new HBox(12, location, start);
        row.setAlignment(Pos.CENTER_LEFT);
        Label ask = new Label(messages.get("count.location.label"));
        ask.setLabelFor(location);
        ask.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = muted(messages.get("count.location.hint"));
        Section begin = new Section(messages.get("count.begin.title"), store, ask, row, hint);
        unfinished.setId("count-unfinished");
        Section resume = new Section(messages.get("count.unfinished.title"), unfinished);
        resume.visibleProperty().bind(Bindings.isNotEmpty(model.unfinished));
        resume.managedProperty().bind(resume.visibleProperty());
        return new VBox(16, begin, resume);
    }

    /** Each unfinished count as a large row: where, which store, who began it and when, and Resume. */
    private void showUnfinished() {
        unfinished.getChildren().clear();
        for (CountSession count : model.unfinished) {
            StoreSummary store = model.stores.stream().filter(s -> s.id() == count.storeId()).findFirst()
                    .orElse(null);
            Label where = new Label(store == null ? count.location()
                    : messages.get("count.unfinished.where", count.location(), store.name()));
            where.getStyleClass().add(Styles.TEXT_BOLD);
            where.setWrapText(true);
            Label since = muted(messages.get("count.unfinished.since", count.startedBy(),
                    store == null ? formats.dateTime(count.startedAt(), java.time.ZoneOffset.UTC)
                            : formats.dateTime(count.startedAt(), store.timeZone())));
            VBox text = new VBox(2, where, since);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button resume = new Button(messages.get("count.resume"), new FontIcon(Feather.PLAY_CIRCLE));
            resume.setId("count-resume-" + count.id());
            resume.getStyleClass().add(Styles.LARGE);
            resume.setMinWidth(Region.USE_PREF_SIZE);
            resume.disableProperty().bind(model.busy);
            resume.setOnAction(e -> controller.resume(count));
            HBox row = new HBox(12, text, resume);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(Styles.BG_SUBTLE);
            row.setStyle("-fx-padding: 8 12 8 12; -fx-background-radius: 8;");
            unfinished.getChildren().add(row);
        }
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
