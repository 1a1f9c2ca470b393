package org.xieshang.search.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xieshang.text.ChineseScript;
import org.xieshang.text.ChineseSegmenter;

/**
 * Turns text into the words the index holds. Both scripts are folded to simplified before segmenting, so 協商 and 协商
 * are the same word to the index; Latin letters are lower-cased (as PostgreSQL's 'simple' configuration does).
 */
@Component
public class SearchText {

    private final ChineseScript script;
    private final ChineseSegmenter segmenter;

    SearchText(ChineseScript script, ChineseSegmenter segmenter) {
        this.script = script;
        this.segmenter = segmenter;
    }

    /** The index words of a text (compounds and the words inside them), space-separated, for {@code to_tsvector}. */
    public String indexed(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return String.join(" ", segmenter.indexTokens(script.toSimplified(text)));
    }

    /**
     * The distinct words of a query, reduced to letters and digits: what is left can be quoted into a {@code tsquery}
     * without any character the query syntax would read as an operator.
     */
    public List<String> queryWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String token : segmenter.queryTokens(script.toSimplified(text))) {
            String word = lettersAndDigits(token).toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** The text in simplified script with Latin letters lower-cased, each character where it was (for highlighting). */
    public String folded(String text) {
        String simplified = script.toSimplified(text);
        if (simplified.length() != text.length()) {
            // a phrase changed length: fold character by character so positions still line up
            StringBuilder each = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                String one = script.toSimplified(String.valueOf(text.charAt(i)));
                each.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
            }
            simplified = each.toString();
        }
        StringBuilder lower = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            lower.append(Character.toLowerCase(simplified.charAt(i)));
        }
        return lower.toString();
    }

    private static String lettersAndDigits(String token) {
        StringBuilder kept = new StringBuilder(token.length());
        token.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** A {@code to_tsquery} text of the words, all required ({@code &}) or any ({@code |}). */
    public static String tsquery(List<String> words, boolean all) {
        StringBuilder query = new StringBuilder();
        for (String word : words) {
            if (query.length() > 0) {
                query.append(all ? " & " : " | ");
            }
            query.append('\'').append(word).append('\'');
        }
        return query.toString();
    }
}
