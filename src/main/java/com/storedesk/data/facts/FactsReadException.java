package com.storedesk.data.facts;

import java.sql.SQLException;

/** Reading facts failed (the database went away, or refused the query). Names ids and dates only. */
public final class FactsReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FactsReadException(String what, SQLException cause) {
        super(what + " failed: " + cause.getClass().getSimpleName() + " " + cause.getSQLState(), cause);
    }
}
