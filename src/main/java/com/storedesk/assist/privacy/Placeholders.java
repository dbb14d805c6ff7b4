package com.storedesk.assist.privacy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The placeholders of one call: the same value always gets the same one ({@code <EMAIL_1>}),
 * numbered per kind in the order first met, and each remembers the text it stands for so the
 * answer can be given back in full. Lives only as long as the call: nothing here is stored.
 */
final class Placeholders {

    private final Map<PiiKind, Map<String, Integer>> numbers = new EnumMap<>(PiiKind.class);
    private final Map<String, String> originals = new HashMap<>();

    String placeholder(Finding finding, String original) {
        Map<String, Integer> ofKind = numbers.computeIfAbsent(finding.kind(), kind -> new HashMap<>());
        int number = ofKind.computeIfAbsent(finding.key(), key -> ofKind.size() + 1);
        String token = "<" + finding.kind().label() + "_" + number + finding.form() + ">";
        originals.putIfAbsent(token, original);
        return token;
    }

    /** The text a placeholder stands for, or null for one this call never gave out. */
    String original(String token) {
        return originals.get(token);
    }

    int size() {
        return originals.size();
    }
}
