package com.storedesk.data.entity;

import java.util.List;

/** A child row keyed by (parent id, line_no). */
interface LineNumbered {

    int getLineNo();

    /** One past the highest number in use, so numbers stay unique after a removal. */
    static int next(List<? extends LineNumbered> rows) {
        return rows.stream().mapToInt(LineNumbered::getLineNo).max().orElse(0) + 1;
    }
}
