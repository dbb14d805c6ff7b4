package com.storedesk.assist.knowledge;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown document at its headings: the first {@code #} heading is the title, and the
 * text under every heading (the title's introduction included) is one passage. A heading with no
 * text of its own before the next one gives no passage. Headings inside code fences are text.
 */
final class MarkdownPassages {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

    private MarkdownPassages() {
    }

    static List<Passage> split(KnowledgeDocument document) {
        List<Passage> passages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String title = null;
        Deque<Heading> headings = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        boolean fenced = false;
        for (String line : document.markdown().split("\\R", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                text.append(line).append('\n');
                continue;
            }
            Matcher heading = fenced ? null : HEADING.matcher(line);
            if (heading == null || !heading.matches()) {
                text.append(line).append('\n');
                continue;
            }
            add(passages, ids, document.name(), title, headings, text);
            int level = heading.group(1).length();
            String words = plain(heading.group(2));
            if (level == 1 && title == null) {
                title = words;
                headings.clear();
            } else {
                while (!headings.isEmpty() && headings.peekLast().level() >= level) {
                    headings.removeLast();
                }
                headings.addLast(new Heading(Math.max(level, 2), words));
            }
        }
        add(passages, ids, document.name(), title, headings, text);
        return passages;
    }

    private static void add(List<Passage> passages, Set<String> ids, String name, String title,
            Deque<Heading> headings, StringBuilder text) {
        String body = tidy(text.toString());
        text.setLength(0);
        if (body.isEmpty()) {
            return;
        }
        List<String> titles = new ArrayList<>();
        titles.add(title == null ? name : title);
        List<String> slugs = new ArrayList<>();
        for (Heading heading : headings) {
            titles.add(heading.words());
            slugs.add(slug(heading.words()));
        }
        String id = slugs.isEmpty() ? name : name + "#" + String.join("/", slugs);
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        passages.add(new Passage(unique, titles, body));
    }

    /** Paragraphs kept apart, lines within one joined, emphasis marks dropped. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String joined = paragraph.strip().replaceAll("\\n(?![-*] |\\d+\\. )\\s*", " ");
            if (!joined.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(plain(joined));
            }
        }
        return out.toString();
    }

    private static String plain(String text) {
        return EMPHASIS.matcher(text).replaceAll("");
    }

    /** Lower-case ASCII letters and digits joined by dashes: "Opened electronics" is {@code opened-electronics}. */
    static String slug(String words) {
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private record Heading(int level, String words) {
    }
}
