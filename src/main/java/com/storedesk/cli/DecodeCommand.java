package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.scan.PhotoDecoder;
import com.storedesk.planogram.scan.ScannedCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk decode IMAGE...}: the barcodes (EAN-13, UPC-A, EAN-8, Code 128) in photos of
 * shelf labels, each image's codes from left to right, read as the planogram scan reads photos.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Read the barcodes (EAN-13, UPC-A, EAN-8, Code 128) in image files.",
            "Exit code: 0 every image had a barcode, 1 an image had none or could not be read, 2 usage error."})
public final class DecodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "PNG, JPEG, GIF or BMP files.")
    private List<Path> images;

    @Option(names = "--json", description = "Print JSON: {\"images\": [{\"file\", \"codes\": [{\"format\", \"text\"}],"
            + " \"error\"}]}.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Messages messages = SettingsLanguage.messages();
        PhotoDecoder decoder = new PhotoDecoder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("images");
        boolean allRead = true;
        for (Path image : images) {
            ObjectNode entry = list.addObject();
            entry.put("file", image.toString());
            ArrayNode codes = entry.putArray("codes");
            BufferedImage picture = read(image);
            if (picture == null) {
                allRead = false;
                String message = messages.get("cli.decode.unreadable", image);
                entry.put("error", message);
                if (!json) {
                    err.println(spec.commandLine().getColorScheme().errorText(message));
                }
                continue;
            }
            List<ScannedCode> found = decoder.decode(picture);
            entry.putNull("error");
            for (ScannedCode code : found) {
                codes.addObject().put("format", code.symbology().name()).put("text", code.text());
                if (!json) {
                    out.println(image + "\t" + code.symbology().name() + "\t" + code.text());
                }
            }
            if (found.isEmpty()) {
                allRead = false;
                if (!json) {
                    err.println(messages.get("cli.decode.none", image));
                }
            }
        }
        if (json) {
            out.println(mapper.writeValueAsString(root));
        }
        out.flush();
        err.flush();
        return allRead ? 0 : 1;
    }

    /** The image, or null when the file is missing, unreadable or not an image. */
    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
