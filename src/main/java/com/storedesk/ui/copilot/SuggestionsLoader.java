package com.storedesk.ui.copilot;

import com.storedesk.app.ErrorText;
import com.storedesk.insight.customer.CustomerProfile;
import com.storedesk.ui.UiContext;

/**
 * Reads the suggestions off the FX thread whenever another customer is shown, and forgets them with
 * the customer ("Next customer", a new search, a kiosk gone idle). A result that arrives after its
 * customer left the screen is dropped, so no one sees another person's suggestions.
 */
final class SuggestionsLoader {

    private final UiContext ui;
    private final CopilotModel model;
    private final SuggestionReader reader;

    SuggestionsLoader(UiContext ui, CopilotModel model) {
        this.ui = ui;
        this.model = model;
        this.reader = new SuggestionReader(ui.app());
        model.profile.addListener((obs, was, now) -> load(now));
    }

    private void load(CustomerProfile profile) {
        model.suggestions.set(null);
        model.suggestionsError.set(null);
        model.suggesting.set(profile != null);
        if (profile == null) {
            return;
        }
        ui.tasks().call(() -> reader.read(profile)).onSuccess(found -> {
            if (model.profile.get() == profile) {
                model.suggesting.set(false);
                model.suggestions.set(found);
            }
        }).onFailure(failure -> {
            if (model.profile.get() == profile) {
                model.suggesting.set(false);
                model.suggestionsError.set(ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
            }
        }).start();
    }
}
