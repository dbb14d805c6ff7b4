package com.storedesk.ui.copilot;

import com.storedesk.app.ErrorText;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.insight.customer.CustomerProfiles;
import com.storedesk.insight.customer.CustomerSearch;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.GuardedCalls;
import com.storedesk.ui.shell.Screen;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The clienteling copilot: find a loyalty member by card (a handheld scanner types the card's
 * barcode into the search field), phone, e-mail or name, and see who they are and what they buy.
 * Searches and profiles are read off the FX thread.
 */
public final class CopilotController implements Screen {

    private final UiContext ui;
    private final CopilotModel model = new CopilotModel();
    private final CopilotView view;
    private final GuardedCalls calls;

    public CopilotController(UiContext ui) {
        this.ui = ui;
        this.calls = new GuardedCalls(ui.tasks(), model.busy, model.error, () -> model.error.set(null),
                failure -> ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
        this.view = new CopilotView(model, ui.messages(), ui.formats(), ui.app().clock(), this);
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view.focusSearch();
    }

    void search() {
        String query = model.query.get() == null ? "" : model.query.get().strip();
        if (query.length() < 2) {
            model.searchNote.set(ui.messages().get("copilot.search.tooShort"));
            return;
        }
        CustomerSearch search = ui.app().customerSearch();
        model.profile.set(null);
        run(() -> search.find(query), found -> {
            model.matches.setAll(found);
            if (found.size() == 1) {
                choose(found.get(0));
            }
            model.searchNote.set(found.isEmpty() ? ui.messages().get("copilot.search.none", query)
                    : found.size() >= CustomerSearch.MOST ? ui.messages().get("copilot.search.many", found.size())
                    : null);
        });
    }

    void choose(CustomerRecord customer) {
        if (customer == null) {
            return;
        }
        CustomerProfiles profiles = ui.app().customerProfiles();
        run(() -> profiles.of(customer.id()), profile -> model.profile.set(profile.orElse(null)));
    }

    /** Forgets the customer: the next one starts from an empty screen. */
    void clear() {
        model.query.set("");
        model.matches.clear();
        model.profile.set(null);
        model.searchNote.set(null);
        model.error.set(null);
        view.focusSearch();
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        calls.run(work, done);
    }
}
