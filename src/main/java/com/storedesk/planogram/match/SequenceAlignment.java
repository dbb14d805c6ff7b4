package com.storedesk.planogram.match;

import java.util.Arrays;
import java.util.List;

/**
 * Global alignment of what a shelf should hold with what was scanned on it (Needleman–Wunsch with
 * a match worth one, gaps free and no substitutions, i.e. a longest common subsequence). One
 * missing or extra item shifts nothing after it: the rest still lines up. Items left unpaired are
 * then placed by {@link ComplianceCheck}, which treats a move as a gap on one side and a gap on the other.
 */
final class SequenceAlignment {

    private SequenceAlignment() {
    }

    /** For each expected item, the index of the scanned item it pairs with, or -1. */
    static <T> int[] align(List<T> expected, List<T> scanned) {
        int n = expected.size();
        int m = scanned.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                best[i][j] = expected.get(i).equals(scanned.get(j)) ? best[i + 1][j + 1] + 1
                        : Math.max(best[i + 1][j], best[i][j + 1]);
            }
        }
        int[] pairs = new int[n];
        Arrays.fill(pairs, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (expected.get(i).equals(scanned.get(j)) && best[i][j] == best[i + 1][j + 1] + 1) {
                pairs[i++] = j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }
}
