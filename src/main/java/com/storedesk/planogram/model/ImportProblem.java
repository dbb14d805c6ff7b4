package com.storedesk.planogram.model;

/** What can be wrong in a planogram file; each has its sentence in the bundles. */
public enum ImportProblem {
    /** {0} file name. */
    EMPTY,
    /** {0} where (a Where), {1} the missing column. */
    MISSING_COLUMN,
    /** {0} where (a Where), {1} cells expected, {2} cells found. */
    WRONG_CELL_COUNT,
    /** {0} where (a Where), {1} field. */
    MISSING_VALUE,
    /** {0} where (a Where), {1} field, {2} value. */
    NOT_A_WHOLE_NUMBER,
    /** {0} where (a Where), {1} field, {2} value. */
    NOT_POSITIVE,
    /** {0} where (a Where), {1} value. */
    GTIN_NOT_DIGITS,
    /** {0} where (a Where), {1} value. */
    GTIN_LENGTH,
    /** {0} where (a Where), {1} value. */
    GTIN_CHECK_DIGIT,
    /** {0} where (a Where), {1} fixture, {2} shelf, {3} position, {4} line where it was first given. */
    DUPLICATE_POSITION,
    /** {0} where (a Where), {1} fixture, {2} GTIN, {3} shelf and {4} position where it already is. */
    DUPLICATE_GTIN,
    /** {0} fixture, {1} shelf, {2} the first position number missing. */
    POSITION_GAP,
    /** {0} fixture, {1} the first shelf number missing. */
    SHELF_GAP,
    /** {0} where (a Where), {1} what the parser said. */
    MALFORMED_JSON,
    /** {0} where (a Where), {1} field, {2} what was expected there. */
    WRONG_JSON_TYPE;

    public String messageKey() {
        return switch (this) {
            case EMPTY -> "planogram.import.empty";
            case MISSING_COLUMN -> "planogram.import.missingColumn";
            case WRONG_CELL_COUNT -> "planogram.import.wrongCellCount";
            case MISSING_VALUE -> "planogram.import.missingValue";
            case NOT_A_WHOLE_NUMBER -> "planogram.import.notAWholeNumber";
            case NOT_POSITIVE -> "planogram.import.notPositive";
            case GTIN_NOT_DIGITS -> "planogram.import.gtinNotDigits";
            case GTIN_LENGTH -> "planogram.import.gtinLength";
            case GTIN_CHECK_DIGIT -> "planogram.import.gtinCheckDigit";
            case DUPLICATE_POSITION -> "planogram.import.duplicatePosition";
            case DUPLICATE_GTIN -> "planogram.import.duplicateGtin";
            case POSITION_GAP -> "planogram.import.positionGap";
            case SHELF_GAP -> "planogram.import.shelfGap";
            case MALFORMED_JSON -> "planogram.import.malformedJson";
            case WRONG_JSON_TYPE -> "planogram.import.wrongJsonType";
        };
    }
}
