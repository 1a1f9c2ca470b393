package org.xieshang.text.domain;

/** Half-width brackets and straight double quotes around Chinese, made full-width as a pair. */
final class Brackets {

    private Brackets() {}

    /**
     * Widens each {@code open…close} pair on one line whose content has a Han character or that follows a Chinese
     * character ({@code 乡镇(街道)}, {@code 报告(2022)}); {@code f(x)} and {@code Boot (4.1)} stay.
     */
    static int widen(StringBuilder text, char open, char close, char wideOpen, char wideClose, int longest) {
        int changed = 0;
        for (int i = text.indexOf(String.valueOf(open)); i >= 0; i = text.indexOf(String.valueOf(open), i + 1)) {
            int end = closing(text, i, open, close, longest);
            if (end < 0) {
                continue;
            }
            boolean afterChinese = i > 0 && ChineseCharacters.isChineseContext(Character.codePointBefore(text, i));
            if (afterChinese || hasHan(text, i + 1, end)) {
                text.setCharAt(i, wideOpen);
                text.setCharAt(end, wideClose);
                changed += 2;
            }
        }
        return changed;
    }

    /** Straight quotes around Chinese become curly ones; a quote right after {@code =} (markup) stays. */
    static int widenQuotes(StringBuilder text, int longest) {
        int changed = 0;
        int i = text.indexOf("\"");
        while (i >= 0) {
            int end = closing(text, i, '"', '"', longest);
            if (end < 0) {
                i = text.indexOf("\"", i + 1);
                continue;
            }
            if ((i == 0 || text.charAt(i - 1) != '=') && hasHan(text, i + 1, end)) {
                text.setCharAt(i, '“');
                text.setCharAt(end, '”');
                changed += 2;
            }
            i = text.indexOf("\"", end + 1);
        }
        return changed;
    }

    /** The index of the matching close on the same line, with no other open in between; -1 when there is none. */
    private static int closing(CharSequence text, int from, char open, char close, int longest) {
        for (int j = from + 1; j < text.length() && j - from <= longest; j++) {
            char c = text.charAt(j);
            if (c == close) {
                return j;
            }
            if (c == open || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasHan(CharSequence text, int from, int to) {
        return text.subSequence(from, to).codePoints().anyMatch(ChineseCharacters::isHan);
    }
}
