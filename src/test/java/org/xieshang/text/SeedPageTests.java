package org.xieshang.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The normaliser on the seed page, an archived news page about the 2022 work report of the Luzhou CPPCC damaged by a
 * broken traditional-Chinese conversion (pinyin glosses, doubled commas, half-width punctuation, two spans of GBK
 * mojibake). {@code seed-reference.txt} is the clean simplified text of its first 1,799 characters, written by hand.
 */
class SeedPageTests {

    static final Pattern GLOSS = Pattern.compile("[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]");
    static final Pattern COMMA_BETWEEN_CHINESE = Pattern.compile("\\p{IsHan},\\p{IsHan}");

    static String seed;
    static NormalisedText normalised;

    @BeforeAll
    static void normaliseTheSeedPage() throws IOException {
        seed = resource("text/luzhou-cppcc-2022-report.txt");
        normalised = TextNormaliserTests.NORMALISER.normalise(seed, true);
    }

    @Test
    void theSeedPageComesOutCleanAndSimplified() {
        String text = normalised.text();

        assertThat(GLOSS.matcher(text).find()).as("pinyin gloss").isFalse();
        assertThat(text).doesNotContain(",,", ",、", ",。", "，，", "，、", "，。", "?", "\uFFFD");
        assertThat(COMMA_BETWEEN_CHINESE.matcher(text).find())
                .as("ASCII comma between Chinese")
                .isFalse();
        assertThat(ChineseScriptTests.SCRIPT.toSimplified(text))
                .as("simplified")
                .isEqualTo(text);
        assertThat(text).contains("号召委员们为拼经济搞建设", "展现新作为。“有事来协商”助推基层治理", "乡镇（街道）、村（社区）全覆盖");
        assertThat(normalised.changes().pinyinGlosses()).isEqualTo(144);
        assertThat(normalised.changes().mojibakeSpans()).isEqualTo(2);
    }

    @Test
    void normalisingTheCleanedPageAgainChangesNothing() {
        NormalisedText again = TextNormaliserTests.NORMALISER.normalise(normalised.text(), true);

        assertThat(again.text()).isEqualTo(normalised.text());
        assertThat(again.changes().any()).isFalse();
    }

    @Test
    void theCharacterErrorRateAgainstTheHandWrittenReferenceIsBelowHalfAPercent() throws IOException {
        String reference = resource("text/seed-reference.txt").strip();

        int distance = EditDistance.toBestPrefix(reference, normalised.text());
        double rate = (double) distance / reference.length();

        System.out.printf(
                "Seed page: %d edits against %d reference characters, character error rate %.3f%%%n",
                distance, reference.length(), rate * 100);
        assertThat(reference.length()).isGreaterThanOrEqualTo(1500);
        assertThat(rate).isLessThanOrEqualTo(0.005);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeedPageTests.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
