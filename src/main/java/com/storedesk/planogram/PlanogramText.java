package com.storedesk.planogram;

import com.storedesk.i18n.Messages;
import com.storedesk.planogram.match.Correction;
import com.storedesk.planogram.match.PositionStatus;
import com.storedesk.planogram.model.PlanogramImportException;
import com.storedesk.planogram.model.Where;

/** Planogram problems, outcomes and corrections in the user's language. */
public final class PlanogramText {

    private final Messages messages;

    public PlanogramText(Messages messages) {
        this.messages = messages;
    }

    /** The sentence for a file that could not be read, naming the line or JSON path. */
    public String problem(PlanogramImportException problem) {
        Object[] arguments = problem.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Where where) {
                arguments[i] = where.isLine() ? messages.get("planogram.import.atLine", where.line()) : where.path();
            }
        }
        return messages.get(problem.problem().messageKey(), arguments);
    }

    public String status(PositionStatus status) {
        return switch (status) {
            case CORRECT -> messages.get("planogram.status.correct");
            case MISPLACED -> messages.get("planogram.status.misplaced");
            case MISSING -> messages.get("planogram.status.missing");
        };
    }

    /** What to do, as an associate reads it: "Move SKU 123 from shelf 2 position 4 to shelf 1 position 2". */
    public String correction(Correction correction) {
        if (correction instanceof Correction.Move move) {
            return messages.get("planogram.correction.move", move.to().sku(), move.from().shelf(),
                    move.from().position(), move.to().shelf(), move.to().position());
        }
        if (correction instanceof Correction.Fill fill) {
            return messages.get("planogram.correction.missing", fill.position().shelf(), fill.position().position(),
                    fill.position().sku());
        }
        if (correction instanceof Correction.Remove remove) {
            return messages.get("planogram.correction.remove", remove.code().at().shelf(),
                    remove.code().at().position(), remove.code().code());
        }
        Correction.RemoveSurplus surplus = (Correction.RemoveSurplus) correction;
        return messages.get("planogram.correction.surplus", surplus.item().at().shelf(), surplus.item().at().position(),
                surplus.item().belongsAt().sku(), surplus.item().belongsAt().shelf(),
                surplus.item().belongsAt().position());
    }
}
