package org.xieshang.text;

/** Levenshtein distance, for measuring how far normalised text is from a hand-written reference. */
final class EditDistance {

    private EditDistance() {}

    /**
     * The fewest insertions, deletions and substitutions that turn some prefix of {@code text} into {@code reference}
     * (the reference covers only the beginning of the text, and where exactly its end falls is part of the question).
     */
    static int toBestPrefix(String reference, String text) {
        int[] previous = new int[text.length() + 1];
        int[] current = new int[text.length() + 1];
        for (int j = 0; j <= text.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= reference.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= text.length(); j++) {
                int substitution = previous[j - 1] + (reference.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = Integer.MAX_VALUE;
        for (int value : previous) {
            best = Math.min(best, value);
        }
        return best;
    }
}
