package org.xieshang.text;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.IndexTokenizer;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Splits Chinese into words with HanLP portable and the platform's own vocabulary ({@code text/user-dictionary.txt}:
 * 有事来协商, 书香政协, 双助, 泸州's districts…), which no general dictionary knows. Index tokens include the words
 * inside a compound (全国政协 gives 全国政协, 全国 and 政协) so that a search for the shorter word finds it; query tokens
 * are the plain split. Punctuation and spaces are dropped. HanLP and the dictionary load on first use, once, from any
 * thread.
 */
@Service
public class ChineseSegmenter {

    static final String USER_DICTIONARY = "text/user-dictionary.txt";

    public List<String> indexTokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Vocabulary.ensureLoaded();
        return words(IndexTokenizer.segment(text));
    }

    public List<String> queryTokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Vocabulary.ensureLoaded();
        return words(StandardTokenizer.segment(text));
    }

    private static List<String> words(List<Term> terms) {
        return terms.stream()
                .map(term -> term.word)
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .toList();
    }

    /** The user dictionary, added to HanLP's (process-wide) custom dictionary by the class initialiser: once. */
    private static final class Vocabulary {

        static {
            try (InputStream in = ChineseSegmenter.class.getClassLoader().getResourceAsStream(USER_DICTIONARY)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + USER_DICTIONARY);
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(Vocabulary::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Vocabulary() {}

        static void ensureLoaded() {
            // nothing to do: calling a static method is what runs the initialiser, which the JVM runs exactly once
        }

        /** A line is {@code word} or {@code word nature frequency}, as in HanLP's own dictionaries. */
        private static void add(String line) {
            int space = line.indexOf(' ');
            if (space < 0) {
                CustomDictionary.insert(line, "nz 1000");
            } else {
                CustomDictionary.insert(line.substring(0, space), line.substring(space + 1));
            }
        }
    }
}
