package com.storedesk.planogram.model;

import java.util.List;

/**
 * A planogram file that cannot be read, with the problem and its arguments (line, field, value)
 * for a translated sentence. Nothing of a file with a problem is kept.
 */
public final class PlanogramImportException extends Exception {

    private final ImportProblem problem;
    private final List<Object> arguments;

    public PlanogramImportException(ImportProblem problem, Object... arguments) {
        super(problem + " " + List.of(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public ImportProblem problem() {
        return problem;
    }

    /** The values for the problem's message pattern, in order. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
