package com.storedesk.ui.settings;

import com.storedesk.app.ErrorText;
import com.storedesk.inventory.count.CountTolerance;
import com.storedesk.security.AccessDeniedException;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import javafx.scene.Node;

/**
 * Settings' cycle-count tolerance, for managers and administrators: how far a count may be from on
 * hand before it is proposed as an adjustment. Read and saved in the background; a value out of range
 * is said next to the fields and nothing is saved.
 */
final class ToleranceController {

    private final UiContext ui;
    private final ToleranceModel model = new ToleranceModel();
    private final ToleranceSection view;

    ToleranceController(UiContext ui) {
        this.ui = ui;
        this.view = new ToleranceSection(model, ui.messages(), this);
        ui.tasks().call(() -> ui.app().countTolerance().current()).onSuccess(this::show)
                .onFailure(this::showError).start();
    }

    Node view() {
        return view.root();
    }

    void save() {
        model.notice.set(null);
        model.error.set(null);
        ToleranceDraft.Outcome outcome = ToleranceDraft.check(model.units.get(), model.percent.get());
        if (outcome.problemKey() != null) {
            model.error.set(ui.messages().get(outcome.problemKey()));
            return;
        }
        UserSession session = ui.app().session();
        model.busy.set(true);
        ui.tasks().call(() -> ui.app().countTolerance().change(session, outcome.tolerance()))
                .onSuccess(saved -> {
                    show(saved);
                    model.notice.set(ui.messages().get("settings.tolerance.saved"));
                })
                .onFailure(this::showError).start();
    }

    private void show(CountTolerance tolerance) {
        model.units.set(ToleranceDraft.shown(tolerance.units(), ui.messages().locale()));
        model.percent.set(ToleranceDraft.shown(tolerance.percent(), ui.messages().locale()));
        model.busy.set(false);
    }

    private void showError(Throwable failure) {
        model.busy.set(false);
        model.error.set(failure instanceof AccessDeniedException
                ? ui.messages().get("settings.tolerance.denied")
                : ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
    }
}
