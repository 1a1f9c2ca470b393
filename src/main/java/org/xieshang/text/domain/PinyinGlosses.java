package org.xieshang.text.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the pinyin glosses a broken converter left after characters, {@code 協(xié)} or {@code 發（fā）}. Only a
 * bracket right after a Han character whose content is tone-marked pinyin counts, so Chinese in brackets such as
 * {@code （街道）} and plain Latin such as {@code (PDF)} stay.
 */
public final class PinyinGlosses {

    private static final Pattern GLOSS = Pattern.compile("(?<=\\p{IsHan})[(（]" + Pinyin.SYLLABLES + "[)）]");

    private PinyinGlosses() {}

    /** The text without glosses, and how many were removed. */
    public record Result(String text, int removed) {}

    public static Result remove(String text) {
        Matcher matcher = GLOSS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        while (matcher.find()) {
            matcher.appendReplacement(out, "");
            removed++;
        }
        matcher.appendTail(out);
        return new Result(removed == 0 ? text : out.toString(), removed);
    }
}
