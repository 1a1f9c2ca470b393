package org.xieshang.text.domain;

import java.util.Map;

/**
 * Punctuation of Chinese sentences: half-width marks written inside a Chinese sentence become the full-width ones
 * ({@code 思想,凝聚} → {@code 思想，凝聚}), and the doubled or stray marks a broken converter left are repaired
 * ({@code ，，} → {@code ，}, {@code ，、} → {@code 、}, {@code ，。} → {@code 。}). A mark belongs to a Chinese sentence
 * when the character before it is Chinese, so numbers (1,630 · 2022.12 · 19:23), URLs and English keep theirs.
 */
public final class ChinesePunctuation {

    private static final Map<Character, Character> WIDE = Map.of(',', '，', ';', '；', ':', '：', '?', '？', '!', '！');
    private static final String ENDS_A_CLAUSE = "，、。；：？！";
    private static final int LONGEST_BRACKET = 100;

    private ChinesePunctuation() {}

    /** The text after the change, and how many marks changed. */
    public record Result(String text, int changed) {}

    public static Result widen(String text) {
        StringBuilder out = new StringBuilder(text);
        int changed = Brackets.widen(out, '(', ')', '（', '）', LONGEST_BRACKET)
                + Brackets.widenQuotes(out, LONGEST_BRACKET * 2);
        for (int i = 1; i < out.length(); i++) {
            char c = out.charAt(i);
            if (!ChineseCharacters.isChineseContext(Character.codePointBefore(out, i))) {
                continue;
            }
            if (WIDE.containsKey(c)) {
                out.setCharAt(i, WIDE.get(c));
                changed++;
            } else if (c == '.' && endsASentence(out, i)) {
                out.setCharAt(i, '。');
                changed++;
            }
        }
        return new Result(changed == 0 ? text : out.toString(), changed);
    }

    /** Removes a comma standing before another mark of the same clause, and a doubled 、 or ；. */
    public static Result repair(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            boolean stray = (c == '，' && ENDS_A_CLAUSE.indexOf(next) >= 0) || ((c == '、' || c == '；') && next == c);
            if (stray) {
                removed++;
            } else {
                out.append(c);
            }
        }
        return new Result(removed == 0 ? text : out.toString(), removed);
    }

    /** A full stop, not a decimal point, an abbreviation, an ellipsis or part of a domain name. */
    private static boolean endsASentence(CharSequence text, int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        return next != '.' && (Character.isWhitespace(next) || ChineseCharacters.isChineseContext(next));
    }
}
