package com.storedesk.ui.copilot;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.basket.BasketText;
import com.storedesk.insight.basket.CustomerOffers;
import com.storedesk.insight.basket.Offer;
import com.storedesk.insight.basket.ReceiptSummary;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.Section;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws the copilot's suggestions for a kiosk: "Suggested next" as large rows (product, where it is,
 * why, and a line the associate can say), and under each recent visit what its basket was for with
 * the best add-on. The words are {@link BasketText}'s, from the bundles.
 */
final class SuggestionViews {

    private final Messages messages;
    private final Formats formats;
    private final BasketText text;

    SuggestionViews(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.text = new BasketText(messages);
    }

    /** The "Suggested next" section: a placeholder while loading, the failure, or the offers. */
    Node offers(Suggestions suggestions, boolean loading, String error) {
        VBox content = new VBox(10);
        content.setId("copilot-offers");
        if (error != null) {
            ErrorMessage failed = new ErrorMessage(messages.get("copilot.suggested.error"), new SimpleStringProperty(error));
            failed.setId("copilot-offers-error");
            content.getChildren().add(failed);
        } else if (loading || suggestions == null) {
            content.getChildren().add(loading());
        } else {
            suggestions.store().ifPresent(store -> {
                Label where = muted(messages.get("copilot.suggested.store", store.code(), store.name()));
                where.setId("copilot-offers-store");
                content.getChildren().add(where);
            });
            List<Offer> offers = suggestions.offers().map(CustomerOffers::offers).orElse(List.of());
            offers.forEach(offer -> content.getChildren().add(offerRow(offer)));
            if (offers.isEmpty()) {
                Label none = muted(messages.get(suggestions.hasCard() ? "copilot.suggested.none"
                        : "copilot.suggested.noCard"));
                none.setId("copilot-offers-none");
                content.getChildren().add(none);
            }
        }
        return new Section(messages.get("copilot.suggested.title"), content);
    }

    /** What the visit's basket was for and its best add-on; nothing until the summaries are read. */
    Optional<Node> basket(Suggestions suggestions, long saleId) {
        ReceiptSummary summary = suggestions == null ? null : suggestions.receipts().get(saleId);
        if (summary == null) {
            return Optional.empty();
        }
        Label label = iconLabel(formats.capitalized(text.label(summary.label())), Feather.SHOPPING_BAG, "visit-basket");
        Label addOn = iconLabel(summary.addOn().map(text::addOn).orElse(messages.get("receipt.addOn.none")),
                Feather.PLUS_CIRCLE, "visit-add-on");
        if (summary.addOn().isEmpty()) {
            addOn.getStyleClass().add(Styles.TEXT_MUTED);
        }
        return Optional.of(new VBox(2, label, addOn));
    }

    private Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        spinner.setPrefSize(28, 28);
        HBox row = new HBox(12, spinner, muted(messages.get("copilot.suggested.loading")));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("copilot-offers-loading");
        return row;
    }

    /** One offer as a large row: the product and where it is, why, and what to say. */
    private Node offerRow(Offer offer) {
        Label product = new Label(offer.product().name());
        product.getStyleClass().addAll(Styles.TITLE_4, "offer-product");
        product.setWrapText(true);
        product.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label stock = iconLabel(formats.capitalized(text.availability(offer)),
                offer.inStock() ? Feather.CHECK_CIRCLE : Feather.MAP_PIN, "offer-stock");
        stock.getStyleClass().add(offer.inStock() ? Styles.SUCCESS : Styles.WARNING);
        HBox top = new HBox(16, product, gap, stock);
        top.setAlignment(Pos.BASELINE_LEFT);
        Label reason = muted(text.reason(offer));
        reason.getStyleClass().add("offer-reason");
        Label script = iconLabel(text.script(offer), Feather.MESSAGE_CIRCLE, "offer-script");
        VBox row = new VBox(6, top, reason, script);
        row.getStyleClass().add("offer-row");
        return row;
    }

    private static Label iconLabel(String words, Feather icon, String styleClass) {
        Label label = new Label(words, new FontIcon(icon));
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setGraphicTextGap(8);
        return label;
    }

    private static Label muted(String words) {
        Label label = new Label(words);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
