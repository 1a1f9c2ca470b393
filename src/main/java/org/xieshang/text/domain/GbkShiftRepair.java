package org.xieshang.text.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Repairs GBK text that was decoded one byte off. The decoder could not pair a byte, wrote {@code ?} for it (often
 * swallowing the {@code (} of a pinyin gloss) and went on pairing the following bytes wrongly — {@code 們?yōu)槠唇?jīng)濟}
 * for 們為拼經濟 — until another lost byte or an ASCII letter read as a second byte put it back in step. This class
 * re-encodes such a span to GBK with the lost byte in front, pairs the bytes again one position later, guesses each
 * lost byte as the one giving the most plausible word, and keeps the result only if it reads far better than the
 * span did; a question mark in ordinary text is left alone.
 */
public final class GbkShiftRepair {

    /**
     * How much more plausible (natural log per character) the repair must read than the span's characters did, both
     * between the same neighbours; the seed page's two spans gain 4.8 and 5.6, false repairs in fuzzing about 3.5.
     */
    private static final double REQUIRED_GAIN = 4.0;

    /**
     * The span's own characters must read like mojibake (rare characters that form no words: 槠唇, 坝惺聛韰 score about
     * −17 per character); ordinary Chinese scores above −11, so a question mark before it is just a question mark.
     */
    private static final double GARBLED_AT_MOST = -13.0;

    private static final int LONGEST_SPAN = 64;
    private static final Pattern GLOSS_REMNANT = Pattern.compile(Pinyin.SYLLABLES + "[)）]");

    private final WordFrequencies words;
    private final UnaryOperator<String> toSimplified;

    public GbkShiftRepair(WordFrequencies words, UnaryOperator<String> toSimplified) {
        this.words = words;
        this.toSimplified = toSimplified;
    }

    /** The repaired text and how many spans were repaired. */
    public record Result(String text, int spans) {}

    public Result repair(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int spans = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isLostByte(text.charAt(i))) {
                continue;
            }
            ShiftedSpan span = ShiftedSpan.read(text, i, GLOSS_REMNANT, LONGEST_SPAN);
            String repaired = span == null ? null : repairOrNull(text, span);
            if (repaired != null) {
                out.append(text, copied, i).append(repaired);
                copied = span.end();
                i = span.end() - 1;
                spans++;
            }
        }
        if (spans == 0) {
            return new Result(text, 0);
        }
        return new Result(out.append(text, copied, text.length()).toString(), spans);
    }

    static boolean isLostByte(char c) {
        return c == '?' || c == '\uFFFD';
    }

    private String repairOrNull(String text, ShiftedSpan span) {
        if (words.perCharacter(simplified(span.chinese())) > GARBLED_AT_MOST) {
            return null;
        }
        List<List<String>> choices = span.pairs();
        if (choices == null) {
            return null;
        }
        String before = text.substring(Math.max(0, span.start() - 2), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 2));
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < choices.size(); k++) {
            chosen.add(choose(choices, chosen, k, before, after));
        }
        String repaired = String.join("", chosen);
        // compared with their neighbours, so that a repair completing a word across the edge (經|濟) counts
        boolean better = gain(before + span.chinese() + after, before + repaired + after) >= REQUIRED_GAIN;
        return better && (span.glossRemnant() || decodedBytesAlone(span, choices)) ? repaired : null;
    }

    /**
     * Guessed characters are chosen to read well, so they prove nothing: without the trace of a pinyin gloss, the
     * characters re-decoded from bytes the page still has must read far better by themselves than the span did.
     */
    private boolean decodedBytesAlone(ShiftedSpan span, List<List<String>> choices) {
        StringBuilder decoded = new StringBuilder();
        choices.stream().filter(candidates -> candidates.size() == 1).forEach(c -> decoded.append(c.get(0)));
        return decoded.length() >= 2 && gain(span.chinese(), decoded.toString()) >= REQUIRED_GAIN;
    }

    private double gain(String before, String after) {
        return words.perCharacter(simplified(after)) - words.perCharacter(simplified(before));
    }

    /** The candidate for pair {@code k} that reads best between the characters chosen so far and those that follow. */
    private String choose(List<List<String>> choices, List<String> chosen, int k, String before, String after) {
        List<String> candidates = choices.get(k);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String left = before + String.join("", chosen);
        left = left.substring(Math.max(0, left.length() - 2));
        StringBuilder right = new StringBuilder();
        for (int m = k + 1; m < choices.size() && choices.get(m).size() == 1 && right.length() < 2; m++) {
            right.append(choices.get(m).get(0));
        }
        if (right.length() < 2) {
            right.append(after);
        }
        String best = "";
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String candidate : candidates) {
            double score = words.logProbability(simplified(left + candidate + right));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private String simplified(String text) {
        return toSimplified.apply(ShiftedSpan.fullWidth(text));
    }
}
