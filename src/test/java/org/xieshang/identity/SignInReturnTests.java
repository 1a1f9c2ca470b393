package org.xieshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.support.IntegrationTest;

/**
 * Where sign-in leads: back to the page asked for, never to a fragment an expired page fetched in the background.
 * Sessions are Spring Session's, so the test carries the session cookie as a browser does.
 */
@IntegrationTest
class SignInReturnTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aPageAskedForBeforeSigningInIsShownAfterIt() throws Exception {
        MvcResult asked = mvc.perform(get("/proposals/mine"))
                .andExpect(redirectedUrl("/login"))
                .andReturn();
        Cookie session = asked.getResponse().getCookie("SESSION");
        assertThat(session).as("the request is kept in a session").isNotNull();
        mvc.perform(signIn(session)).andExpect(redirectedUrl("http://localhost/proposals/mine?continue"));
    }

    @Test
    void anHtmxRequestWithoutASessionIsToldToSignInAndIsNotWhereSignInLeads() throws Exception {
        MvcResult page = mvc.perform(get("/login")).andReturn();
        Cookie session = page.getResponse().getCookie("SESSION");
        var fragment = get("/proposals/similar").param("title", "x").header("HX-Request", "true");
        if (session != null) {
            fragment.cookie(session);
        }
        MvcResult refused = mvc.perform(fragment)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"))
                .andReturn();
        Cookie kept = refused.getResponse().getCookie("SESSION");
        Cookie current = kept != null ? kept : session;
        assertThat(current).as("a session to sign in with").isNotNull();
        mvc.perform(signIn(current)).andExpect(redirectedUrl("/"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(Cookie session) {
        return post("/login")
                .param("username", "member")
                .param("password", "Xieshang@2022")
                .with(csrf())
                .cookie(session);
    }
}
