package com.storedesk.ui.copilot;

import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import java.util.List;
import java.util.Optional;

/** The store a kiosk serves, as Settings names it by code (sign-in remembers it); none on a back-office PC. */
final class KioskStore {

    private KioskStore() {
    }

    /** The kiosk's store among {@code stores}; empty when none is set or it is not among them. */
    static Optional<StoreSummary> among(AppContext app, List<StoreSummary> stores) {
        Optional<String> code = app.setup().settings().current().kioskStore();
        return code.flatMap(c -> stores.stream().filter(s -> s.code().equalsIgnoreCase(c)).findFirst());
    }
}
