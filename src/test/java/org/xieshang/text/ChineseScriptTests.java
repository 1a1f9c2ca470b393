package org.xieshang.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrase-aware conversion: a character with several counterparts is converted by the word it stands in. */
class ChineseScriptTests {

    static final ChineseScript SCRIPT = new ChineseScript();

    @ParameterizedTest(name = "{0} ⇄ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # simplified | traditional | direction (both: s2t and t2s)
            # the cases of issue 5
            发展         | 發展         | both
            头发         | 頭髮         | both
            干部         | 幹部         | both
            干净         | 乾淨         | both
            后面         | 後面         | both
            皇后         | 皇后         | both
            面条         | 麵條         | both
            方面         | 方面         | both
            # 里 裏 裡
            里面         | 裏面         | both
            里面         | 裡面         | t2s
            公里         | 公里         | both
            # 系 係 繫
            系统         | 系統         | both
            关系         | 關係         | both
            联系         | 聯繫         | both
            # 只 隻
            只有         | 只有         | both
            一只         | 一隻         | both
            船只         | 船隻         | both
            # 面 麵
            面积         | 面積         | both
            面包         | 麵包         | both
            方便面       | 方便麵       | both
            积累         | 積累         | both
            # 发 發 髮
            发现         | 發現         | both
            理发         | 理髮         | both
            # 历 歷 曆
            历史         | 歷史         | both
            日历         | 日曆         | both
            # 钟 鐘 鍾
            钟表         | 鐘錶         | both
            钟情         | 鍾情         | both
            # 台 臺 颱
            台风         | 颱風         | both
            台湾         | 臺灣         | both
            # 制 製
            制造         | 製造         | both
            制度         | 制度         | both
            # 复 複 復 覆
            复杂         | 複雜         | both
            复习         | 複習         | both
            重复         | 重複         | both
            恢复         | 恢復         | both
            答复         | 答覆         | both
            # 准 準
            准备         | 準備         | both
            准许         | 准許         | both
            # 范 範 (and the surname)
            范围         | 範圍         | both
            范仲淹       | 范仲淹       | both
            姓范         | 姓范         | both
            # 云 雲
            白云         | 白雲         | both
            云云         | 云云         | both
            人云亦云     | 人云亦云     | both
            # 丑 醜 (and the earthly branch)
            丑陋         | 醜陋         | both
            小丑         | 小丑         | both
            子丑         | 子丑         | both
            子丑寅卯     | 子丑寅卯     | both
            # 郁 鬱
            忧郁         | 憂鬱         | both
            郁达夫       | 郁達夫       | both
            # 松 鬆
            放松         | 放鬆         | both
            松树         | 松樹         | both
            # 斗 鬥
            斗争         | 鬥爭         | both
            北斗         | 北斗         | both
            # 干 幹 乾
            干涉         | 干涉         | both
            树干         | 樹幹         | both
            能干         | 能幹         | both
            干杯         | 乾杯         | both
            饼干         | 餅乾         | both
            干燥         | 乾燥         | both
            一干二净     | 一乾二淨     | both
            乾隆         | 乾隆         | both
            扭转乾坤     | 扭轉乾坤     | both
            # 征 徵
            征求         | 徵求         | both
            长征         | 長征         | both
            象征         | 象徵         | both
            # 余 餘
            多余         | 多餘         | both
            姓余         | 姓余         | both
            # 冲 衝 沖
            冲突         | 衝突         | both
            冲洗         | 沖洗         | both
            # 术 術 朮
            技术         | 技術         | both
            白术         | 白朮         | both
            # 划 劃
            划船         | 划船         | both
            计划         | 計劃         | both
            # 获 獲 穫
            获得         | 獲得         | both
            收获         | 收穫         | both
            # 签 簽 籤
            签名         | 簽名         | both
            抽签         | 抽籤         | both
            # 网 網, 采 採
            网络         | 網絡         | both
            采访         | 採訪         | both
            风采         | 風采         | both
            # 几 幾, 卷 捲, 尽 儘 盡, 舍 捨, 周 週, 了 瞭, 表 錶, 谷 穀
            几乎         | 幾乎         | both
            茶几         | 茶几         | both
            试卷         | 試卷         | both
            卷入         | 捲入         | both
            尽管         | 儘管         | both
            尽力         | 盡力         | both
            舍得         | 捨得         | both
            宿舍         | 宿舍         | both
            周末         | 週末         | both
            周到         | 周到         | both
            了解         | 瞭解         | both
            手表         | 手錶         | both
            稻谷         | 稻穀         | both
            山谷         | 山谷         | both
            # 着 著: Taiwan and Hong Kong texts write 著 where the mainland writes 着
            着力         | 著力         | t2s
            随着         | 隨著         | t2s
            显著         | 顯著         | both
            显著力量     | 顯著力量     | t2s
            著名         | 著名         | both
            # the platform's own words
            政协         | 政協         | both
            有事来协商   | 有事來協商   | both
            履职         | 履職         | both
            乡村振兴     | 鄉村振興     | both
            泸州         | 瀘州         | both
            """, commentCharacter = '#')
    void convertsByTheWord(String simplified, String traditional, String direction) {
        if (!direction.equals("t2s")) {
            assertThat(SCRIPT.toTraditional(simplified)).as("s2t").isEqualTo(traditional);
        }
        if (!direction.equals("s2t")) {
            assertThat(SCRIPT.toSimplified(traditional)).as("t2s").isEqualTo(simplified);
        }
    }

    @Test
    void convertsWordsInsideASentence() {
        assertThat(SCRIPT.toTraditional("头发和发展，干部把面条吃得干干净净。")).isEqualTo("頭髮和發展，幹部把麵條吃得乾乾淨淨。");
        assertThat(SCRIPT.toSimplified("乾隆年間，他把桌子擦得乾淨，舉杯說乾杯。")).isEqualTo("乾隆年间，他把桌子擦得干净，举杯说干杯。");
    }

    @Test
    void onlyHanCharactersChangeInAnHtmlPage() {
        String page =
                "<a href=\"/proposals?q=发展&amp;page=2\" title=\"发展\" class=\"fa-fa\">发展 A,B; 1,630 “头发” 😀 𠮷</a>";

        String traditional = SCRIPT.toTraditional(page);

        assertThat(traditional)
                .isEqualTo(
                        "<a href=\"/proposals?q=發展&amp;page=2\" title=\"發展\" class=\"fa-fa\">發展 A,B; 1,630 “頭髮” 😀 𠮷</a>");
        assertThat(SCRIPT.toSimplified(traditional)).isEqualTo(page);
    }

    @Test
    void emptyAndNullTextPassThrough() {
        assertThat(SCRIPT.toTraditional("")).isEmpty();
        assertThat(SCRIPT.toSimplified(null)).isNull();
        assertThat(SCRIPT.convert("abc 123", Script.TRADITIONAL)).isEqualTo("abc 123");
    }

    @Test
    void aRenderedPageOf50KilobytesConvertsFastEnoughForEveryRequest() {
        String page = SamplePage.of(50 * 1024);
        for (int warmUp = 0; warmUp < 30; warmUp++) {
            SCRIPT.toTraditional(page);
        }
        int rounds = 20;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            SCRIPT.toTraditional(page);
        }
        double millis = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf(
                "ChineseScript: %.1f ms to convert a %d-byte page to traditional%n",
                millis, page.getBytes(StandardCharsets.UTF_8).length);
        assertThat(millis).isLessThan(200);
    }
}
