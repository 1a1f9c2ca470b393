package org.xieshang.opinion.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.xieshang.identity.XieshangUser;

/** Steps of the pages the tests share: fill the report form, submit it, go through the office's steps. */
final class OpinionPages {

    private OpinionPages() {}

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, String title) {
        request.param("title", title)
                .param("facts", "城区老旧小区停车位缺口较大，夜间占道停车普遍。")
                .param("analysis", "规划配建不足，共享停车机制尚未建立。")
                .param("suggestions", "推动机关单位停车场夜间错时共享，新建立体停车设施。")
                .param("category", "URBAN")
                .param("submitterType", "MEMBER");
        return request;
    }

    /** Submits a report through the form; returns its id. */
    static long submit(MockMvc mvc, XieshangUser member, String title) throws Exception {
        String location = mvc.perform(form(post("/opinion/reports/new"), title)
                        .param("action", "submit")
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** 核稿, 签发 and 录用 by the information office. */
    static void accept(MockMvc mvc, XieshangUser staff, long id, String editedTitle) throws Exception {
        edit(mvc, staff, id, editedTitle);
        mvc.perform(post("/opinion/reports/" + id + "/sign-off")
                        .param("version", "2")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/opinion/reports/" + id + "/accept")
                        .param("version", "3")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isFound());
    }

    static void edit(MockMvc mvc, XieshangUser staff, long id, String editedTitle) throws Exception {
        mvc.perform(post("/opinion/reports/" + id + "/review")
                        .param("title", editedTitle)
                        .param("body", "核稿后的正文。")
                        .param("suggestions", "核稿后的建议。")
                        .param("version", "1")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isFound());
    }
}
