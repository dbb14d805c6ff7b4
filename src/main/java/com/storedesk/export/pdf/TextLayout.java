package com.storedesk.export.pdf;

import java.util.ArrayList;
import java.util.List;

/** Fitting text into a width: wrapping at spaces (a word wider than the line is broken), or cutting with "…". */
public final class TextLayout {

    private static final String ELLIPSIS = "\u2026";

    private TextLayout() {
    }

    /** The lines {@code text} takes at most {@code width} points wide; one empty line for empty text. */
    public static List<String> wrap(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : style.font().printable(text).trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (style.width(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (style.width(rest) > width && rest.length() > 1) {
                int fit = longestPrefix(rest, style, width);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** {@code text} whole if it fits, else as much as fits followed by "…". */
    public static String fit(String text, TextStyle style, float width) {
        String printable = style.font().printable(text);
        if (style.width(printable) <= width) {
            return printable;
        }
        int end = printable.length();
        while (end > 0 && style.width(printable.substring(0, end).trim() + ELLIPSIS) > width) {
            end--;
        }
        return printable.substring(0, end).trim() + ELLIPSIS;
    }

    private static int longestPrefix(String text, TextStyle style, float width) {
        int end = 1;
        while (end < text.length() && style.width(text.substring(0, end + 1)) <= width) {
            end++;
        }
        return end;
    }
}
