package org.xieshang.text.domain;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One direction of script conversion: opencc4j for the words, our overrides on top. Only runs of Han characters are
 * handed to the library, so markup, ASCII, numbers and punctuation pass through byte for byte (safe on a rendered HTML
 * page). Overrides are matched on the library's own segment boundaries, so they never cut one of its phrases apart:
 * the single-character override 乾→干 leaves its 乾隆 alone.
 */
public final class ScriptConversion {

    private final ScriptOverrides overrides;
    private final UnaryOperator<String> library;
    private final Function<String, List<String>> segments;

    public ScriptConversion(
            ScriptOverrides overrides, UnaryOperator<String> library, Function<String, List<String>> segments) {
        this.overrides = overrides;
        this.library = library;
        this.segments = segments;
    }

    public String convert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean han = ChineseCharacters.isHan(text.codePointAt(i));
            while (i < text.length() && ChineseCharacters.isHan(text.codePointAt(i)) == han) {
                i += Character.charCount(text.codePointAt(i));
            }
            String run = text.substring(start, i);
            out.append(han ? convertRun(run) : run);
        }
        return out.toString();
    }

    private String convertRun(String run) {
        if (!overrides.mayApplyTo(run)) {
            return overrides.preferVariants(library.apply(run));
        }
        List<String> parts = segments.apply(run);
        StringBuilder out = new StringBuilder(run.length());
        StringBuilder pending = new StringBuilder();
        int k = 0;
        while (k < parts.size()) {
            int matched = 0;
            String replacement = null;
            StringBuilder joined = new StringBuilder();
            for (int m = k; m < parts.size() && joined.length() + parts.get(m).length() <= overrides.longest(); m++) {
                joined.append(parts.get(m));
                String candidate = overrides.replacement(joined.toString());
                if (candidate != null) {
                    matched = m - k + 1;
                    replacement = candidate;
                }
            }
            if (replacement == null) {
                pending.append(parts.get(k++));
                continue;
            }
            flush(pending, out);
            out.append(replacement);
            k += matched;
        }
        flush(pending, out);
        return out.toString();
    }

    private void flush(StringBuilder pending, StringBuilder out) {
        if (!pending.isEmpty()) {
            out.append(overrides.preferVariants(library.apply(pending.toString())));
            pending.setLength(0);
        }
    }
}
