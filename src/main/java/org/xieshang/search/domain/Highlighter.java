package org.xieshang.search.domain;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Marks the query's words in the original text (whatever its script: matching runs on the folded copy, marking on the
 * original) and cuts a passage around the densest cluster of them. Everything else is HTML-escaped, so the result is
 * safe to insert into a page as it is.
 */
@Component
public class Highlighter {

    static final int SNIPPET_LENGTH = 120;

    private final SearchText text;

    Highlighter(SearchText text) {
        this.text = text;
    }

    /** The whole text, escaped and marked. */
    public String marked(String original, List<String> words) {
        String flat = flatten(original);
        return html(flat, hits(flat, words), 0, flat.length());
    }

    /** A passage of about {@link #SNIPPET_LENGTH} characters, escaped and marked, with … where it was cut. */
    public String snippet(String original, List<String> words) {
        String flat = flatten(original);
        boolean[] hit = hits(flat, words);
        if (flat.length() <= SNIPPET_LENGTH) {
            return html(flat, hit, 0, flat.length());
        }
        int start = densestWindow(hit, SNIPPET_LENGTH);
        int end = Math.min(flat.length(), start + SNIPPET_LENGTH);
        start = keepPairs(flat, start);
        end = keepPairs(flat, end);
        return (start > 0 ? "…" : "") + html(flat, hit, start, end) + (end < flat.length() ? "…" : "");
    }

    private boolean[] hits(String original, List<String> words) {
        boolean[] hit = new boolean[original.length()];
        if (words.isEmpty() || original.isEmpty()) {
            return hit;
        }
        String folded = text.folded(original);
        words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(word -> {
                    for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                        for (int i = at; i < at + word.length(); i++) {
                            hit[i] = true;
                        }
                    }
                });
        return hit;
    }

    /** Where the window of the given width holding the most marked characters starts (the first such window). */
    static int densestWindow(boolean[] hit, int width) {
        int inWindow = 0;
        for (int i = 0; i < width; i++) {
            inWindow += hit[i] ? 1 : 0;
        }
        int best = inWindow;
        int bestStart = 0;
        for (int start = 1; start + width <= hit.length; start++) {
            inWindow += (hit[start + width - 1] ? 1 : 0) - (hit[start - 1] ? 1 : 0);
            if (inWindow > best) {
                best = inWindow;
                bestStart = start;
            }
        }
        // begin a little before the first word of the window, so the passage does not open on the word itself
        int firstHit = bestStart;
        while (firstHit < bestStart + width && !hit[firstHit]) {
            firstHit++;
        }
        return best == 0 ? 0 : Math.max(0, Math.min(firstHit - width / 6, hit.length - width));
    }

    /** Never cut between the two halves of a character outside the basic plane. */
    private static int keepPairs(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static String html(String text, boolean[] hit, int start, int end) {
        StringBuilder html = new StringBuilder((end - start) * 2);
        for (int i = start; i < end; i++) {
            if (hit[i] && (i == start || !hit[i - 1])) {
                html.append("<mark>");
            }
            escape(text.charAt(i), html);
            if (hit[i] && (i == end - 1 || !hit[i + 1])) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    private static void escape(char c, StringBuilder html) {
        switch (c) {
            case '&' -> html.append("&amp;");
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }

    /** Line breaks and runs of white space read as one space in a one-line passage. */
    private static String flatten(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
