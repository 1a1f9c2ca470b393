package org.xieshang.text;

import org.springframework.stereotype.Service;
import org.xieshang.text.domain.ChinesePunctuation;
import org.xieshang.text.domain.GbkShiftRepair;
import org.xieshang.text.domain.PinyinGlosses;
import org.xieshang.text.domain.WordFrequencies;

/**
 * Cleans text pasted or imported from archived web pages before it is stored: repairs GBK mojibake, removes the pinyin
 * glosses of broken converters ({@code 協(xié)}), converts to simplified when asked, turns half-width punctuation in
 * Chinese sentences full-width and repairs doubled or stray marks ({@code ,,} {@code ,、} {@code ,。}). Clean text
 * comes back unchanged, and normalising twice gives what normalising once gave. Thread-safe.
 */
@Service
public class TextNormaliser {

    private final ChineseScript script;
    private final GbkShiftRepair mojibake;

    TextNormaliser(ChineseScript script) {
        this.script = script;
        this.mojibake = new GbkShiftRepair(new WordFrequencies(), script::toSimplified);
    }

    /** The steps run in this order because each needs what the one before leaves (see the comments). */
    public NormalisedText normalise(String text, boolean toSimplified) {
        // mojibake first: re-decoding needs the page's own characters, glosses and narrowed marks as they were
        GbkShiftRepair.Result repaired = mojibake.repair(text);
        PinyinGlosses.Result glossFree = PinyinGlosses.remove(repaired.text());
        String converted = toSimplified ? script.toSimplified(glossFree.text()) : glossFree.text();
        // widening before repairing, so that a half-width and a full-width comma side by side count as doubled
        ChinesePunctuation.Result widened = ChinesePunctuation.widen(converted);
        ChinesePunctuation.Result tidied = ChinesePunctuation.repair(widened.text());
        TextChanges changes = new TextChanges(
                glossFree.removed(),
                repaired.spans(),
                differences(glossFree.text(), converted),
                widened.changed(),
                tidied.changed());
        return new NormalisedText(tidied.text(), changes);
    }

    private static int differences(String before, String after) {
        if (before.equals(after)) {
            return 0;
        }
        int common = Math.min(before.length(), after.length());
        int count = Math.abs(before.length() - after.length());
        for (int i = 0; i < common; i++) {
            if (before.charAt(i) != after.charAt(i)) {
                count++;
            }
        }
        return count;
    }
}
