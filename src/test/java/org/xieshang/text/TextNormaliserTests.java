package org.xieshang.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each repair of the normaliser on its own, and that clean text is never touched. */
class TextNormaliserTests {

    static final TextNormaliser NORMALISER = new TextNormaliser(ChineseScriptTests.SCRIPT);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2022年，全市政协委员共提交提案520件，经审查立案415件，立案率79.8%。",
                "规范建设各类协商议事室1630个，实现乡镇（街道）、村（社区）全覆盖；帮助销售农特产品1.82亿元。",
                "会议于2022.12.25 19:23召开，参会委员18,200人次，详见 https://www.luzhou.gov.cn/zwgk/index.html?id=1630 。",
                "The CPPCC (Chinese People's Political Consultative Conference) met on 25 December, 2022: 1,630 rooms.",
                "他问：“有事来协商，是什么？”她答：“就是《有事来协商》平台！”——详见附件（PDF，2.3 MB）。",
                "第一，坚持问题导向；第二，抓好整改落实……等等。Spring Boot 4.1 与 Java 17 的 f(x) = x^2。",
                "邮箱 cppcc@luzhou.gov.cn，电话 0830-3198000，地址：泸州市江阳区酒城大道三段17号。",
                "多行文本\n第二行：继续，没有问题。\r\n第三行\t制表符。"
            })
    void cleanTextIsLeftExactlyAsItIs(String clean) {
        NormalisedText result = NORMALISER.normalise(clean, true);

        assertThat(result.text()).isEqualTo(clean);
        assertThat(result.changes().any()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "報告指出,一年來,,市政協(xié)發(fā)揮作用,、統(tǒng)一思想,。",
                "你好?我們明天見!好嗎?",
                "鄉鎮(街道),村(社區(qū))",
                "號召委員們?yōu)槠唇?jīng)濟搞建設",
                "作為,?!坝惺聛韰f(xié)商”助推基層治理"
            })
    void normalisingTwiceGivesWhatNormalisingOnceGave(String text) {
        String once = NORMALISER.normalise(text, true).text();

        assertThat(NORMALISER.normalise(once, true).text()).isEqualTo(once);
        assertThat(NORMALISER.normalise(once, false).text()).isEqualTo(once);
    }

    @Test
    void pinyinGlossesAreRemovedButChineseAndLatinInBracketsStay() {
        NormalisedText result = NORMALISER.normalise("政協(xié)發（fā）展(fā zhǎn)、鄉鎮(街道)、文件(PDF)", false);

        assertThat(result.text()).isEqualTo("政協發展、鄉鎮（街道）、文件（PDF）");
        assertThat(result.changes().pinyinGlosses()).isEqualTo(3);
    }

    @Test
    void aBracketAfterLatinWithTonedPinyinIsNoGloss() {
        assertThat(NORMALISER.normalise("Pinyin (xié) means 协", false).text()).isEqualTo("Pinyin (xié) means 协");
    }

    @Test
    void doubledAndStrayCommasAreRepaired() {
        NormalisedText result = NORMALISER.normalise("一年来,,市政协统一思想,、凝聚共识,。其次，，再次，；", true);

        assertThat(result.text()).isEqualTo("一年来，市政协统一思想、凝聚共识。其次，再次；");
        assertThat(result.changes().strayPunctuation()).isEqualTo(5);
    }

    @Test
    void halfWidthPunctuationInChineseSentencesBecomesFullWidth() {
        NormalisedText result = NORMALISER.normalise("来源:泸州发布;是吗?是的!他说\"有事来协商\".村(社区)全覆盖", true);

        assertThat(result.text()).isEqualTo("来源：泸州发布；是吗？是的！他说“有事来协商”。村（社区）全覆盖");
    }

    @Test
    void numbersUrlsAndEnglishKeepTheirHalfWidthMarks() {
        String text = "产品1.82亿元，共1,630个，时间19:23:19，网址 https://a.cn/x?y=1,2 ，Hello, world: ok?";

        assertThat(NORMALISER.normalise(text, true).text()).isEqualTo(text);
    }

    @Test
    void traditionalBecomesSimplifiedOnlyWhenAsked() {
        assertThat(NORMALISER.normalise("協商民主，乾淨利落。", true).text()).isEqualTo("协商民主，干净利落。");
        assertThat(NORMALISER.normalise("協商民主，乾淨利落。", false).text()).isEqualTo("協商民主，乾淨利落。");
        assertThat(NORMALISER.normalise("協商會議", true).changes().convertedCharacters())
                .isEqualTo(3);
    }

    @Test
    void gbkTextDecodedOneByteOffIsReDecoded() {
        NormalisedText first = NORMALISER.normalise("號召委員們?yōu)槠唇?jīng)濟搞建設", true);
        NormalisedText second = NORMALISER.normalise("踐行全過程人民民主展現新作為,?!坝惺聛韰f(xié)商”助推基層治理", true);

        assertThat(first.text()).isEqualTo("号召委员们为拼经济搞建设");
        assertThat(first.changes().mojibakeSpans()).isEqualTo(1);
        assertThat(second.text()).isEqualTo("践行全过程人民民主展现新作为。“有事来协商”助推基层治理");
    }

    @ParameterizedTest
    @ValueSource(strings = {"你好?我们明天见", "为什么??怎么办?!", "搜索 https://a.cn/s?q=政协&p=2", "???", "是吗?,好"})
    void aQuestionMarkInOrdinaryTextIsNotMistakenForMojibake(String text) {
        assertThat(NORMALISER.normalise(text, true).changes().mojibakeSpans()).isZero();
    }
}
