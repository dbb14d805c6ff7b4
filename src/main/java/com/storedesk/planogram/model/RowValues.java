package com.storedesk.planogram.model;

/** The checks one planogram row's values get, whichever format they came in. */
final class RowValues {

    private RowValues() {
    }

    static String text(Where where, String field, String value) throws PlanogramImportException {
        if (value == null || value.isBlank()) {
            throw new PlanogramImportException(ImportProblem.MISSING_VALUE, where, field);
        }
        return value.strip();
    }

    static int positive(Where where, String field, String value) throws PlanogramImportException {
        String text = text(where, field, value);
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new PlanogramImportException(ImportProblem.NOT_A_WHOLE_NUMBER, where, field, text);
        }
        if (number < 1) {
            throw new PlanogramImportException(ImportProblem.NOT_POSITIVE, where, field, text);
        }
        return number;
    }

    static Gtin gtin(Where where, String value) throws PlanogramImportException {
        String text = text(where, "gtin", value);
        var problem = Gtin.problem(text);
        if (problem.isEmpty()) {
            return Gtin.parse(text).orElseThrow();
        }
        throw new PlanogramImportException(switch (problem.get()) {
            case NOT_DIGITS -> ImportProblem.GTIN_NOT_DIGITS;
            case WRONG_LENGTH -> ImportProblem.GTIN_LENGTH;
            case CHECK_DIGIT -> ImportProblem.GTIN_CHECK_DIGIT;
        }, where, text);
    }

    /** A blank facings cell means one facing. */
    static int facings(Where where, String value) throws PlanogramImportException {
        return value == null || value.isBlank() ? 1 : positive(where, "facings", value);
    }
}
