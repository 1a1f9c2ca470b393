package org.xieshang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xieshang.search.SearchDocs.doc;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;
import tools.jackson.databind.ObjectMapper;

/** The search page, the similar-records fragment and the API, as a signed-in user reaches them. */
@IntegrationTest
class SearchPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchIndex index;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ObjectMapper json;

    long committee;
    XieshangUser member;

    @BeforeEach
    void committeeOfItsOwn() {
        committee = fixtures.committee();
        member = fixtures.user(committee, Role.MEMBER);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void thePageShowsHighlightedHitsLinkedToTheirRecords() throws Exception {
        SearchDocument found = doc(
                "proposal",
                committee,
                "关于推进基层協商的建议",
                "建立协商议事室<a>。",
                Map.of("category", "政治"),
                Set.of(AccessTokens.PUBLIC));
        index.put(found);

        String html = page("/search?q=协商");

        assertThat(html)
                .contains("关于推进基层<mark>協商</mark>的建议")
                .contains("href=\"/proposal/" + found.id() + "\"")
                .contains("&lt;a&gt;")
                .contains("政治（1）")
                .contains("提案");
    }

    @Test
    void beforeAnyQueryAndWithoutHitsThePageSaysSo() throws Exception {
        assertThat(page("/search")).contains("请输入关键词").doesNotContain("id=\"hits\"");
        assertThat(page("/search?q=一个不存在的词语组合")).contains("id=\"no-hits\"").contains("没有找到");
    }

    @Test
    void aBadFilterReShowsTheFormWithTheReason() throws Exception {
        String html = mvc.perform(get("/search?q=协商&year=二〇二二").with(user(member)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("年度应为四位数字").contains("value=\"协商\"");
    }

    @Test
    void theSimilarFragmentListsLookAlikesWithoutTheLayout() throws Exception {
        String type = "frag" + SearchDocs.nextId();
        index.put(doc(type, committee, SimilarRecordsTests.ELEVATOR_TITLE, SimilarRecordsTests.ELEVATOR_BODY));
        index.put(doc(type, committee, SimilarRecordsTests.FARM_TITLE, SimilarRecordsTests.FARM_BODY));

        String html = mvc.perform(get("/search/similar")
                        .param("type", type)
                        .param("title", SimilarRecordsTests.REWRITTEN_TITLE)
                        .param("body", SimilarRecordsTests.REWRITTEN_BODY)
                        .with(user(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(SimilarRecordsTests.ELEVATOR_TITLE)
                .contains("相似度")
                .doesNotContain(SimilarRecordsTests.FARM_TITLE)
                .doesNotContain("<header");
        assertThat(page("/search/similar?type=" + type)).doesNotContain("<li");
    }

    @Test
    void theApiAnswersWithHitsTotalsAndFacets() throws Exception {
        index.put(doc(
                "proposal", committee, "关于垃圾分类的建议", "垃圾分类", Map.of("category", "生态文明"), Set.of(AccessTokens.PUBLIC)));

        mvc.perform(get("/api/v1/search").param("q", "垃圾分类").with(user(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits.total").value(1))
                .andExpect(jsonPath("$.hits.items[0].titleHtml").value("关于<mark>垃圾分类</mark>的建议"))
                .andExpect(jsonPath("$.facets.category[0].value").value("生态文明"))
                .andExpect(jsonPath("$.allWords").value(true))
                .andExpect(jsonPath("$.exact").value(true));

        mvc.perform(get("/api/v1/search")
                        .param("q", "垃圾分类")
                        .param("year", "22年")
                        .with(user(member)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("年度应为四位数字，如 2022。"));
    }

    @Test
    void theSimilarApiFindsLookAlikesAndRefusesBadInputInChinese() throws Exception {
        String type = "api" + SearchDocs.nextId();
        SearchDocument elevator =
                doc(type, committee, SimilarRecordsTests.ELEVATOR_TITLE, SimilarRecordsTests.ELEVATOR_BODY);
        index.put(elevator);

        mvc.perform(post("/api/v1/search/similar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "type", type,
                                "title", SimilarRecordsTests.REWRITTEN_TITLE,
                                "body", SimilarRecordsTests.REWRITTEN_BODY)))
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(elevator.id()))
                .andExpect(jsonPath("$[0].score").isNumber());

        mvc.perform(post("/api/v1/search/similar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("type", "", "limit", 99)))
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')].message").value("此项必须填写。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'limit')].message").value("条数应在 1 到 50 之间。"));

        mvc.perform(post("/api/v1/search/similar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("type", type, "title", "电梯", "committeeId", 999999999)))
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
