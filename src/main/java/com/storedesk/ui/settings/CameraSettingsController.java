package com.storedesk.ui.settings;

import com.storedesk.app.ErrorText;
import com.storedesk.config.CameraSettings;
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.CameraException;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.scan.CameraStateText;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/**
 * Settings' scanning camera: which camera scans (or "automatic", the first found) and whether an
 * accepted code beeps. Cameras are listed in the background; a choice is saved at once. A chosen
 * camera that is not connected now stays chosen (it may be plugged in later).
 */
final class CameraSettingsController {

    private final UiContext ui;
    private final CameraDevices devices;
    private final CameraSettingsModel model = new CameraSettingsModel();
    private final CameraSection view;
    /** While the list is refilled: the choice box passes through other values, which are not choices. */
    private boolean refilling;

    CameraSettingsController(UiContext ui, CameraDevices devices) {
        this.ui = ui;
        this.devices = devices;
        CameraSettings settings = ui.app().setup().settings().current().camera();
        settings.camera().ifPresent(name -> {
            model.cameras.add(name);
            model.chosen.set(name);
        });
        model.sound.set(settings.sound());
        this.view = new CameraSection(model, ui.messages(), this);
        list();
    }

    Node view() {
        return view.root();
    }

    /** Asks the drivers again, as after plugging a camera in. */
    void list() {
        model.listing.set(true);
        model.found.set(ui.messages().get("settings.camera.listing"));
        ui.tasks().call(devices::names).onSuccess(this::show).onFailure(failure -> {
            model.listing.set(false);
            model.noCamera.set(true);
            model.found.set(failure instanceof CameraException camera
                    ? CameraStateText.problem(camera.problem(), ui.messages())
                    : ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
        }).start();
    }

    private void show(List<String> names) {
        model.listing.set(false);
        model.noCamera.set(false);
        String chosen = ui.app().setup().settings().current().camera().camera().orElse(CameraSettingsModel.AUTOMATIC);
        refilling = true;
        try {
            model.cameras.setAll(CameraSettingsModel.AUTOMATIC);
            model.cameras.addAll(names);
            if (!chosen.equals(CameraSettingsModel.AUTOMATIC) && !names.contains(chosen)) {
                model.cameras.add(chosen);
            }
            model.chosen.set(chosen);
        } finally {
            refilling = false;
        }
        model.found.set(ui.messages().get("settings.camera.found", names.size()));
    }

    void choose(String camera, boolean sound) {
        CameraSettings chosen = new CameraSettings(Optional.ofNullable(camera), sound);
        if (refilling || chosen.equals(ui.app().setup().settings().current().camera())) {
            return;
        }
        model.notice.set(null);
        model.error.set(null);
        ui.tasks().call(() -> ui.app().setup().settings().update(s -> s.withCamera(chosen)))
                .onSuccess(saved -> model.notice.set(ui.messages().get("settings.camera.saved")))
                .onFailure(failure -> model.error.set(ErrorText.describe(failure, ui.messages(),
                        ui.app().setup().appHome())))
                .start();
    }
}
