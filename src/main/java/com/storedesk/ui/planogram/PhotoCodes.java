package com.storedesk.ui.planogram;

import com.storedesk.planogram.model.Gtin;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.scan.PhotoDecoder;
import com.storedesk.planogram.scan.ScannedCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Reads the codes in photos of shelf labels, for stores without a scanner or camera. Runs off the
 * FX thread. A GTIN of the planogram being checked counts on one reading (decision 0027); a photo
 * that is no image, or shows no code, is named rather than skipped silently.
 */
final class PhotoCodes {

    record Problem(String key, String file) {
    }

    record Read(List<String> codes, List<Problem> problems) {
    }

    Read read(List<Path> files, Planogram planogram) {
        PhotoDecoder decoder = new PhotoDecoder(code -> known(code, planogram));
        List<String> codes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            BufferedImage image;
            try {
                image = ImageIO.read(file.toFile());
            } catch (IOException e) {
                image = null;
            }
            if (image == null) {
                problems.add(new Problem("planogram.screen.check.unreadable", name));
                continue;
            }
            List<ScannedCode> found = decoder.decode(image);
            if (found.isEmpty()) {
                problems.add(new Problem("planogram.screen.check.noCodes", name));
            }
            found.forEach(code -> codes.add(code.text()));
        }
        return new Read(codes, problems);
    }

    private static boolean known(ScannedCode code, Planogram planogram) {
        return Gtin.parse(code.text()).flatMap(planogram::find).isPresent();
    }
}
