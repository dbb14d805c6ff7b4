package com.storedesk.planogram.scan;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Photographed barcodes from ZXing's black-box test set (src/test/resources/barcodes, see its
 * SOURCES.txt): StoreDesk reads at least as many as ZXing's try-harder search in every folder,
 * and never returns a wrong code where ZXing's own count has none.
 */
class PhotoDecoderTest {

    private static final PhotoDecoder DECODER = new PhotoDecoder();

    /** Folder, images, ZXing's try-harder reads (its plain reads are fewer), from SOURCES.txt. */
    private static final List<Object[]> ZXING = List.of(
            new Object[] {"ean13-1", 34, 32},
            new Object[] {"ean13-3", 55, 55},
            new Object[] {"upca-1", 21, 18},
            new Object[] {"upca-2", 52, 36},
            new Object[] {"ean8-1", 8, 8},
            new Object[] {"code128-2", 40, 39});
    private static final int ZXING_TRY_HARDER_TOTAL = 188;

    @Test
    void readsAsManyAsZxingTryingHarderInEveryFolderMoreInAllAndNothingWrong() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        int total = 0;
        for (Object[] folder : ZXING) {
            Tally tally = tally((String) folder[0]);
            softly.assertThat(tally.images).as("%s images", folder[0]).isEqualTo(folder[1]);
            softly.assertThat(tally.read).as("%s read", folder[0]).isGreaterThanOrEqualTo((Integer) folder[2]);
            softly.assertThat(tally.misreads).as("%s misread", folder[0]).isEmpty();
            total += tally.read;
        }
        softly.assertThat(total).as("read in all").isGreaterThan(ZXING_TRY_HARDER_TOTAL);
        softly.assertAll();
    }

    static Tally tally(String folder) throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(PhotoDecoderTest.class.getResource("/barcodes/" + folder)).toURI());
        Tally tally = new Tally();
        try (Stream<Path> files = Files.list(root)) {
            for (Path image : files.filter(PhotoDecoderTest::isImage).sorted().toList()) {
                String name = image.getFileName().toString();
                String expected = Files.readString(root.resolve(name.substring(0, name.lastIndexOf('.')) + ".txt"),
                        StandardCharsets.UTF_8).strip();
                List<ScannedCode> codes;
                try (InputStream in = Files.newInputStream(image)) {
                    codes = DECODER.decode(ImageIO.read(in));
                }
                tally.images++;
                if (codes.stream().anyMatch(code -> code.text().equals(expected))) {
                    tally.read++;
                }
                codes.stream().filter(code -> !code.text().equals(expected))
                        .forEach(code -> tally.misreads.add(name + "=" + code.text()));
            }
        }
        return tally;
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".gif");
    }

    static final class Tally {
        int images;
        int read;
        final List<String> misreads = new ArrayList<>();
    }
}
