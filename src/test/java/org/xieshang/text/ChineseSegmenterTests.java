package org.xieshang.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Segmentation knows the platform's own words, which general dictionaries split. */
class ChineseSegmenterTests {

    final ChineseSegmenter segmenter = new ChineseSegmenter();

    @Test
    void thePlatformsOwnTermsAreSingleTokens() {
        assertThat(segmenter.queryTokens("开展有事来协商活动，打造书香政协品牌，倾力双助服务"))
                .contains("有事来协商", "书香政协", "双助")
                .doesNotContain("有事", "书香");
    }

    @Test
    void indexTokensOfACompoundIncludeTheWordsInsideIt() {
        assertThat(segmenter.indexTokens("全国政协")).contains("全国政协", "政协");
        assertThat(segmenter.indexTokens("委员们通过社情民意信息反映问题")).contains("社情民意信息", "社情民意");
    }

    @Test
    void luzhouPlaceNamesStayWhole() {
        assertThat(segmenter.queryTokens("泸州市龙马潭区、叙永县和古蔺县的委员联络站")).contains("泸州市", "龙马潭区", "叙永县", "古蔺县", "委员联络站");
    }

    @Test
    void punctuationAndSpacesAreNotTokens() {
        assertThat(segmenter.queryTokens("提案、立案 并案。")).containsExactly("提案", "立案", "并案");
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(segmenter.queryTokens(null)).isEmpty();
        assertThat(segmenter.indexTokens("  ")).isEmpty();
    }
}
