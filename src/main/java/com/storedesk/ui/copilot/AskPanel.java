package com.storedesk.ui.copilot;

import atlantafx.base.theme.Styles;
import com.storedesk.assist.AnswerMode;
import com.storedesk.assist.AssistTexts;
import com.storedesk.assist.copilot.CopilotAnswer;
import com.storedesk.assist.copilot.CopilotSource;
import com.storedesk.assist.copilot.CopilotTexts;
import com.storedesk.assist.copilot.HistoryRow;
import com.storedesk.assist.copilot.StockTable;
import com.storedesk.data.facts.SkuStock;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.Section;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The copilot's question box for a kiosk: a large field and Ask button, then the answer, who gave it
 * (the model or the best-effort answer), the stock table or purchases when the question was about
 * them, and the sources; under it all, "Call a manager". Rebuilt whole for each answer, emptied for the
 * next customer.
 */
final class AskPanel {

    private final CopilotModel model;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final CopilotController controller;
    private final TextField question = new TextField();
    private final VBox answerPane = new VBox(12);
    private final Node root;

    AskPanel(CopilotModel model, Messages messages, Formats formats, Clock clock, CopilotController controller) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.controller = controller;
        model.answer.addListener((obs, was, now) -> showAnswer(now));
        this.root = askPanel();
    }

    Node root() {
        return root;
    }

    /** The question field with a large Ask button, then what is known of the answer. */
    private Node askPanel() {
        question.setId("copilot-question");
        question.setPromptText(messages.get("copilot.ask.prompt"));
        question.textProperty().bindBidirectional(model.question);
        question.getStyleClass().add(Styles.LARGE);
        question.setOnAction(e -> controller.ask());
        HBox.setHgrow(question, Priority.ALWAYS);
        Button ask = new Button(messages.get("copilot.ask.button"), new FontIcon(Feather.MESSAGE_CIRCLE));
        ask.setId("copilot-ask");
        ask.getStyleClass().addAll(Styles.LARGE, Styles.ACCENT);
        ask.setMinWidth(Region.USE_PREF_SIZE);
        ask.setOnAction(e -> controller.ask());
        ask.disableProperty().bind(model.asking);
        HBox row = new HBox(12, question, ask);
        row.setAlignment(Pos.CENTER_LEFT);
        Label working = muted(messages.get("copilot.ask.working"));
        working.setId("copilot-asking");
        working.visibleProperty().bind(model.asking);
        working.managedProperty().bind(working.visibleProperty());
        Label note = muted("");
        note.setId("copilot-ask-note");
        note.textProperty().bind(model.askNote);
        note.visibleProperty().bind(model.askNote.isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        ErrorMessage error = new ErrorMessage(messages.get("copilot.ask.error.title"), model.askError);
        error.setId("copilot-ask-error");
        answerPane.setId("copilot-answer-pane");
        return new Section(messages.get("copilot.ask.title"), row, working, note, error, answerPane,
                new CallManagerPane(controller.callManager(), messages).root());
    }

    private void showAnswer(CopilotAnswer answer) {
        if (answer == null) {
            answerPane.getChildren().clear();
            return;
        }
        Label text = new Label(answer.text());
        text.setId("copilot-answer");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label mode = new Label(new AssistTexts(messages).mode(answer.mode(), answer.outcome()),
                new FontIcon(answer.mode() == AnswerMode.MODEL ? Feather.CPU : Feather.FILE_TEXT));
        mode.setId("copilot-answer-mode");
        mode.getStyleClass().add(Styles.TEXT_MUTED);
        mode.setWrapText(true);
        answerPane.getChildren().setAll(text, mode);
        answer.stock().ifPresent(stock -> answerPane.getChildren().add(stockTable(stock)));
        if (answer.mode() == AnswerMode.MODEL && !answer.history().isEmpty()) {
            answerPane.getChildren().add(historyList(answer.history()));
        }
        if (!answer.sources().isEmpty()) {
            answerPane.getChildren().add(sources(answer.sources()));
        }
    }

    /** The product's stock by store, the asking store first. */
    private Node stockTable(StockTable stock) {
        GridPane grid = new GridPane();
        grid.setId("copilot-stock");
        grid.setHgap(24);
        grid.setVgap(6);
        Label onHandHeader = bold(messages.get("copilot.ask.stock.onHand"));
        GridPane.setHalignment(onHandHeader, HPos.RIGHT);
        grid.addRow(0, bold(messages.get("copilot.ask.stock.store")), onHandHeader,
                bold(messages.get("copilot.ask.stock.updated")));
        int row = 1;
        for (SkuStock line : stock.rows()) {
            Label onHand = new Label(quantity(line.onHand()));
            GridPane.setHalignment(onHand, HPos.RIGHT);
            grid.addRow(row++, new Label(line.storeCode() + " \u00b7 " + line.storeName()), onHand,
                    muted(line.updatedAt() == null ? "" : formats.ago(line.updatedAt(), clock.instant())));
        }
        Label title = new Label(messages.get("copilot.ask.stock.title", stock.product().name()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, title, grid);
    }

    private Node historyList(List<HistoryRow> rows) {
        VBox list = new VBox(4);
        list.setId("copilot-answer-history");
        Label title = new Label(messages.get("copilot.ask.history.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        list.getChildren().add(title);
        for (HistoryRow row : rows) {
            list.getChildren().add(muted(messages.get("copilot.ask.answer.historyLine", formats.date(row.date()),
                    row.productName(), quantity(row.quantity()), row.storeName())));
        }
        return list;
    }

    private Node sources(List<CopilotSource> sources) {
        VBox list = new VBox(4);
        list.setId("copilot-sources");
        Label title = new Label(messages.get("copilot.ask.sources"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        list.getChildren().add(title);
        CopilotTexts texts = new CopilotTexts(messages);
        for (CopilotSource source : sources) {
            Label line = muted(texts.source(source));
            line.setGraphic(new FontIcon(switch (source.kind()) {
                case KNOWLEDGE -> Feather.BOOK_OPEN;
                case PRODUCT -> Feather.PACKAGE;
                case STOCK -> Feather.LAYERS;
                case HISTORY -> Feather.SHOPPING_BAG;
            }));
            list.getChildren().add(line);
        }
        return list;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    /** Whole units without decimals, weighed goods with the decimals they have. */
    private String quantity(BigDecimal quantity) {
        int decimals = Math.max(0, quantity.stripTrailingZeros().scale());
        return decimals == 0 ? formats.integer(quantity.longValue()) : formats.decimal(quantity.doubleValue(), decimals);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
