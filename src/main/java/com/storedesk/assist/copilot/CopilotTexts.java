package com.storedesk.assist.copilot;

import com.storedesk.i18n.Messages;
import java.util.Objects;

/** How the screen and the command line name an answer's sources. */
public final class CopilotTexts {

    private final Messages messages;

    public CopilotTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** "Guide", "Product", "Stock", "Purchases". */
    public String kind(CopilotSource.Kind kind) {
        return messages.get(switch (kind) {
            case KNOWLEDGE -> "copilot.ask.source.knowledge";
            case PRODUCT -> "copilot.ask.source.product";
            case STOCK -> "copilot.ask.source.stock";
            case HISTORY -> "copilot.ask.source.history";
        });
    }

    /** "Guide: Return and exchange policy › Opened electronics"; the kind alone when there is no title. */
    public String source(CopilotSource source) {
        return source.title().isEmpty() ? kind(source.kind())
                : messages.get("copilot.ask.source", kind(source.kind()), source.title());
    }
}
