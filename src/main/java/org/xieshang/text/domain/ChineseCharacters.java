package org.xieshang.text.domain;

/** What counts as Chinese when deciding whether a character belongs to a Chinese sentence. */
public final class ChineseCharacters {

    private ChineseCharacters() {}

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * Han characters and the punctuation of Chinese text (CJK symbols, full-width forms, curly quotes, ellipsis, dash,
     * middle dot): a half-width mark right after one of these sits in a Chinese sentence.
     */
    public static boolean isChineseContext(int codePoint) {
        return isHan(codePoint)
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF)
                || (codePoint >= 0x2018 && codePoint <= 0x201D)
                || codePoint == 0x2026
                || codePoint == 0x2014
                || codePoint == 0x00B7;
    }
}
