package org.xieshang.opinion;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xieshang.identity.XieshangUser;
import org.xieshang.opinion.domain.ChinaTime;

/**
 * The opinion API as the tests drive it: each call signs in as a principal. Not a bean: contexts without MockMvc
 * (the external-database test) scan the test classes too.
 */
class OpinionApiClient {

    private final MockMvc mvc;

    OpinionApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    static LocalDate today() {
        return ChinaTime.today();
    }

    static String report(String title, String type, String extra) {
        return """
                {"title":"%s","facts":"近年来城区停车位缺口较大。","analysis":"规划配建不足，管理分散。",
                 "suggestions":"一是统筹规划；二是盘活存量。","category":"URBAN","submitterType":"%s"%s}""".formatted(title, type, extra);
    }

    ResultActions post(XieshangUser as, String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .with(user(as))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions get(XieshangUser as, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(as)));
    }

    String ok(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        int status = result.andReturn().getResponse().getStatus();
        if (status >= 300) {
            throw new AssertionError("HTTP " + status + ": " + body);
        }
        return body;
    }

    /** Submits a member's report and returns its id. */
    long submit(XieshangUser member, String title) throws Exception {
        String body = ok(post(member, "/api/v1/opinion-reports", report(title, "MEMBER", ",\"submit\":true")));
        return ((Number) JsonPath.read(body, "$.report.id")).longValue();
    }

    int version(XieshangUser as, long id) throws Exception {
        return JsonPath.read(ok(get(as, "/api/v1/opinion-reports/" + id)), "$.version");
    }

    /** Edits, signs off and accepts a submitted report as the information office. */
    void accept(XieshangUser staff, long id, String standardTitle) throws Exception {
        ok(post(
                staff,
                "/api/v1/opinion-reports/" + id + "/edit",
                "{\"title\":\"%s\",\"body\":\"核稿后的正文。\",\"suggestions\":\"核稿后的建议。\",\"version\":%d}"
                        .formatted(standardTitle, version(staff, id))));
        ok(post(
                staff,
                "/api/v1/opinion-reports/" + id + "/sign-off",
                "{\"version\":%d}".formatted(version(staff, id))));
        ok(post(staff, "/api/v1/opinion-reports/" + id + "/accept", "{\"version\":%d}".formatted(version(staff, id))));
    }

    /** Compiles one single-piece issue of the report and publishes it; returns the issue's number. */
    int publish(XieshangUser staff, long reportId) throws Exception {
        String issue = ok(post(
                staff,
                "/api/v1/opinion-issues",
                "{\"year\":" + today().getYear() + ",\"recipients\":[\"PARTY_COMMITTEE\",\"GOVERNMENT\"],"
                        + "\"pieces\":[{\"kind\":\"SINGLE\",\"reportIds\":[" + reportId + "]}]}"));
        int issueId = JsonPath.read(issue, "$.id");
        String published = ok(post(staff, "/api/v1/opinion-issues/" + issueId + "/publish", "{\"version\":0}"));
        return JsonPath.read(published, "$.number");
    }

    /** Reports upward and returns the id of the copy in the committee above. */
    long reportUpward(XieshangUser staff, long id, String channel) throws Exception {
        String body = ok(
                post(staff, "/api/v1/opinion-reports/" + id + "/report-upward", "{\"channel\":\"" + channel + "\"}"));
        return ((Number) JsonPath.read(body, "$.remoteReportId")).longValue();
    }

    void adopt(XieshangUser staff, long copyId, String kind) throws Exception {
        ok(post(
                staff,
                "/api/v1/opinion-reports/" + copyId + "/adoption",
                "{\"kind\":\"%s\",\"adoptedOn\":\"%s\",\"version\":%d}"
                        .formatted(kind, today(), version(staff, copyId))));
    }

    void instruct(XieshangUser staff, long reportId, String rank) throws Exception {
        ok(post(
                staff,
                "/api/v1/opinion-reports/" + reportId + "/instructions",
                "{\"rank\":\"%s\",\"leaderTitle\":\"分管副省长\",\"text\":\"请省发展改革委研究吸纳。\",\"instructedOn\":\"%s\"}"
                        .formatted(rank, today())));
    }
}
