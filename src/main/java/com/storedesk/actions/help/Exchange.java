package com.storedesk.actions.help;

import java.util.Objects;

/** One question the associate asked the copilot and the answer it gave, as the associate saw them. */
public record Exchange(String question, String answer) {

    public Exchange {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }

    /** Names no one and repeats nothing asked, so a logged exchange leaks nothing. */
    @Override
    public String toString() {
        return "Exchange[" + question.length() + " + " + answer.length() + " characters]";
    }
}
