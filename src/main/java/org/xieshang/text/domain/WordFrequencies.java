package org.xieshang.text.domain;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.Arrays;

/**
 * How plausible a piece of simplified Chinese is: a unigram language model over the word frequencies of HanLP's core
 * dictionary (the best split into known words of up to four characters). Used to tell mojibake from text and to guess
 * a byte the broken decoder lost. The dictionary loads on first use (about 0.3 s), so clean text never pays for it.
 */
public final class WordFrequencies {

    /** About the number of tokens the mini core dictionary was counted on; only differences of scores matter. */
    private static final double LOG_TOTAL = Math.log(2.0e7);

    private static final double UNKNOWN_CHARACTER = Math.log(1.0e-9);
    private static final int LONGEST_WORD = 4;

    /** Natural-log probability per character; mojibake scores around −17, ordinary Chinese above −11. */
    public double perCharacter(String text) {
        return text.isEmpty() ? 0 : logProbability(text) / text.length();
    }

    /** Natural-log probability of the best split of {@code text} into dictionary words. */
    public double logProbability(String text) {
        int n = text.length();
        double[] best = new double[n + 1];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            for (int length = 1; length <= LONGEST_WORD && i + length <= n; length++) {
                double score = score(text.substring(i, i + length));
                best[i + length] = Math.max(best[i + length], best[i] + score);
            }
        }
        return best[n];
    }

    private static double score(String word) {
        int frequency = CoreDictionary.getTermFrequency(word);
        if (frequency > 0) {
            return Math.log(frequency) - LOG_TOTAL;
        }
        return word.length() == 1 ? UNKNOWN_CHARACTER : Double.NEGATIVE_INFINITY;
    }
}
