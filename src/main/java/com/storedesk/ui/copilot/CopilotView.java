package com.storedesk.ui.copilot;

import atlantafx.base.theme.Styles;
import com.storedesk.core.Money;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.customer.CategoryShare;
import com.storedesk.insight.customer.CustomerProfile;
import com.storedesk.insight.customer.PastPurchase;
import com.storedesk.insight.customer.ShoppingHabit;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.StatTile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out the copilot for a touch kiosk: one large search field (a scanner types into it too), the
 * matches as large rows, the question field with its answer, and the chosen customer's profile with
 * what to suggest next. Rebuilt from the model: a new profile or its suggestions replace the old
 * one whole.
 */
final class CopilotView {

    private final CopilotModel model;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final CopilotController controller;
    private final SuggestionViews suggestionViews;
    private final TextField search = new TextField();
    private final VBox profilePane = new VBox(16);
    private final ScrollPane root;

    /** {@code cardScan}: the webcam pane for a loyalty card, shown under the search while it is open. */
    CopilotView(CopilotModel model, Messages messages, Formats formats, Clock clock, CopilotController controller,
            Node cardScan) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.controller = controller;
        this.suggestionViews = new SuggestionViews(messages, formats);
        profilePane.setId("copilot-profile");
        model.profile.addListener((obs, was, now) -> showProfile(now));
        // The suggestions arrive after the profile: drawn again with them, the few nodes it has.
        model.suggestions.addListener((obs, was, now) -> showProfile(model.profile.get()));
        model.suggesting.addListener((obs, was, now) -> showProfile(model.profile.get()));
        model.suggestionsError.addListener((obs, was, now) -> showProfile(model.profile.get()));
        ErrorMessage error = new ErrorMessage(messages.get("copilot.error.title"), model.error);
        error.setId("copilot-error");
        VBox page = new VBox(16, new ScreenHeader(messages.get("copilot.title"), messages.get("copilot.subtitle")),
                searchRow(), cardScan, note(), matches(), error, new AskPanel(model, messages, formats, clock, controller).root(),
                profilePane);
        page.getStyleClass().addAll("screen", "copilot");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("copilot-screen");
    }

    Node root() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
    }

    private Node searchRow() {
        search.setId("copilot-search");
        search.setPromptText(messages.get("copilot.search.prompt"));
        search.textProperty().bindBidirectional(model.query);
        search.getStyleClass().add(Styles.LARGE);
        // A handheld scanner types the card's number and Enter, like a person would.
        search.setOnAction(e -> controller.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button find = new Button(messages.get("copilot.search.find"), new FontIcon(Feather.SEARCH));
        find.setId("copilot-find");
        find.getStyleClass().addAll(Styles.LARGE, Styles.ACCENT);
        find.setDefaultButton(false);
        find.setOnAction(e -> controller.search());
        find.disableProperty().bind(model.busy);
        Button clear = new Button(messages.get("copilot.clear"), new FontIcon(Feather.X));
        clear.setId("copilot-clear");
        clear.getStyleClass().add(Styles.LARGE);
        clear.setOnAction(e -> controller.clear());
        Button scanCard = new Button(messages.get("copilot.scanCard"), new FontIcon(Feather.CAMERA));
        scanCard.setId("copilot-scan-card");
        scanCard.getStyleClass().add(Styles.LARGE);
        scanCard.setOnAction(e -> controller.scanCard());
        scanCard.disableProperty().bind(model.scanningCard);
        HBox row = new HBox(12, search, find, scanCard, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node note() {
        Label note = new Label();
        note.setId("copilot-note");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        note.textProperty().bind(model.searchNote);
        note.visibleProperty().bind(model.searchNote.isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private Node matches() {
        ListView<CustomerRecord> list = new ListView<>(model.matches);
        list.setId("copilot-matches");
        list.setCellFactory(view -> new MatchCell());
        list.setFixedCellSize(56);
        list.prefHeightProperty().bind(Bindings.min(6, Bindings.size(model.matches)).multiply(56).add(4));
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> controller.choose(now));
        // The list while choosing; gone once one customer is shown.
        list.visibleProperty().bind(Bindings.size(model.matches).greaterThan(1).and(model.profile.isNull()));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    /** A match as a large row: name, card and the end of the phone number, enough to tell namesakes apart. */
    private final class MatchCell extends ListCell<CustomerRecord> {
        @Override
        protected void updateItem(CustomerRecord customer, boolean empty) {
            super.updateItem(customer, empty);
            if (empty || customer == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(customer.displayName().isEmpty() ? messages.get("copilot.unnamed")
                    : customer.displayName());
            name.getStyleClass().add(Styles.TITLE_4);
            Label details = new Label(messages.get("copilot.match.details", text(customer.loyaltyId()),
                    phoneEnding(customer.phone())));
            details.getStyleClass().add(Styles.TEXT_MUTED);
            HBox row = new HBox(16, name, details);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }

    private void showProfile(CustomerProfile profile) {
        if (profile == null) {
            profilePane.getChildren().clear();
            return;
        }
        CustomerRecord customer = profile.customer();
        Label name = new Label(customer.displayName().isEmpty() ? messages.get("copilot.unnamed")
                : customer.displayName());
        name.setId("copilot-name");
        name.getStyleClass().add(Styles.TITLE_2);
        Label card = new Label(messages.get("copilot.card", text(customer.loyaltyId())), new FontIcon(Feather.CREDIT_CARD));
        card.getStyleClass().add(Styles.TEXT_MUTED);
        Label consent = new Label(messages.get(customer.marketingConsent() ? "copilot.consent.yes" : "copilot.consent.no"),
                new FontIcon(customer.marketingConsent() ? Feather.CHECK_CIRCLE : Feather.SLASH));
        consent.setId("copilot-consent");
        consent.getStyleClass().add(customer.marketingConsent() ? Styles.SUCCESS : Styles.WARNING);
        HBox who = new HBox(16, name, card, consent);
        who.setAlignment(Pos.BASELINE_LEFT);

        HBox tiles = new HBox(12,
                tile("copilot.visits", formats.integer(profile.visits())),
                tile("copilot.spend", spend(profile.spend())),
                tile("copilot.lastVisit", profile.lastVisit().map(at -> formats.ago(at, clock.instant()))
                        .orElse(messages.get("copilot.never"))),
                tile("copilot.firstVisit", profile.firstVisit()
                        .map(at -> formats.date(at.atZone(clock.getZone()).toLocalDate()))
                        .orElse(messages.get("copilot.never"))));
        Node suggested = suggestionViews.offers(model.suggestions.get(), model.suggesting.get(),
                model.suggestionsError.get());
        profilePane.getChildren().setAll(who, tiles, suggested, preferences(profile),
                purchases(profile.lastPurchases()));
    }

    private Node tile(String captionKey, String value) {
        return new StatTile(messages.get(captionKey), new SimpleStringProperty(value));
    }

    private Node preferences(CustomerProfile profile) {
        FlowPane categories = new FlowPane(8, 8);
        categories.setId("copilot-categories");
        for (CategoryShare share : profile.favouriteCategories()) {
            Label chip = new Label(messages.get("copilot.category", share.category(), formats.percent(share.share())));
            chip.getStyleClass().add("chip");
            categories.getChildren().add(chip);
        }
        if (profile.favouriteCategories().isEmpty()) {
            categories.getChildren().add(muted(messages.get("copilot.categories.none")));
        }
        Label habit = muted(profile.habit().map(this::habit).orElse(messages.get("copilot.habit.unknown")));
        habit.setId("copilot-habit");
        return new Section(messages.get("copilot.preferences"), categories, habit);
    }

    private String habit(ShoppingHabit habit) {
        return messages.get("copilot.habit", habit.usualDay().getDisplayName(TextStyle.FULL, messages.locale()),
                messages.get(switch (habit.usualTime()) {
                    case MORNING -> "copilot.partOfDay.morning";
                    case AFTERNOON -> "copilot.partOfDay.afternoon";
                    case EVENING -> "copilot.partOfDay.evening";
                }),
                habit.usualStore());
    }

    private Node purchases(List<PastPurchase> visits) {
        VBox list = new VBox(10);
        list.setId("copilot-purchases");
        for (PastPurchase visit : visits) {
            Label when = new Label(messages.get("copilot.visit", formats.date(visit.businessDate()), visit.storeName(),
                    formats.money(visit.total())));
            when.getStyleClass().add(Styles.TEXT_BOLD);
            String items = visit.items().stream()
                    .map(item -> messages.get("copilot.item", item.name(), quantity(item.quantity())))
                    .collect(Collectors.joining(", "));
            Label what = muted(items);
            VBox row = new VBox(2, when, what);
            suggestionViews.basket(model.suggestions.get(), visit.saleId()).ifPresent(row.getChildren()::add);
            list.getChildren().add(row);
        }
        if (visits.isEmpty()) {
            list.getChildren().add(muted(messages.get("copilot.purchases.none")));
        }
        return new Section(messages.get("copilot.purchases"), list);
    }

    /** Whole units without decimals, weighed goods with the decimals they have. */
    private String quantity(BigDecimal quantity) {
        int decimals = Math.max(0, quantity.stripTrailingZeros().scale());
        return decimals == 0 ? formats.integer(quantity.longValue()) : formats.decimal(quantity.doubleValue(), decimals);
    }

    private String spend(List<Money> spend) {
        return spend.isEmpty() ? formats.integer(0)
                : spend.stream().map(formats::money).collect(Collectors.joining(" · "));
    }

    private String phoneEnding(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return digits.length() < 4 ? messages.get("copilot.noPhone")
                : messages.get("copilot.phoneEnding", digits.substring(digits.length() - 4));
    }

    private String text(String value) {
        return value == null || value.isBlank() ? messages.get("copilot.none") : value;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
