package com.storedesk.actions;

import java.util.Objects;

/**
 * Who or what proposed an action: a rule, named, or a language model, with the prompt's id and
 * version so the audit can say which words produced the suggestion, or a person (an associate asking
 * for a manager).
 *
 * @param name the rule's name, the feature that asked the model, or the person's audit name
 * @param model the model's name; null for a rule
 */
public record Proposer(Kind kind, String name, String model, String promptId, String promptVersion) {

    public enum Kind {
        RULE,
        MODEL,
        PERSON
    }

    public Proposer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        boolean modelFields = model != null && promptId != null && promptVersion != null;
        boolean noModelFields = model == null && promptId == null && promptVersion == null;
        if (kind == Kind.MODEL ? !modelFields : !noModelFields) {
            throw new IllegalArgumentException("A model proposer names its model, prompt id and version; a rule none");
        }
    }

    public static Proposer rule(String name) {
        return new Proposer(Kind.RULE, name, null, null, null);
    }

    /** A person, by the name the audit trail knows them by (their username). */
    public static Proposer person(String auditName) {
        return new Proposer(Kind.PERSON, auditName, null, null, null);
    }

    public static Proposer model(String name, String model, String promptId, String promptVersion) {
        return new Proposer(Kind.MODEL, name, model, promptId, promptVersion);
    }
}
