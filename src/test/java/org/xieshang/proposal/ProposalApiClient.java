package org.xieshang.proposal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xieshang.identity.XieshangUser;

/** Calls the proposal API as a user; answers keep status and body so a test can check both. */
final class ProposalApiClient {

    private final MockMvc mvc;

    ProposalApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    record Answer(int status, String body) {

        <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        long id(String path) {
            return ((Number) read(path)).longValue();
        }
    }

    Answer get(XieshangUser as, String path) throws Exception {
        return call(as, MockMvcRequestBuilders.get(path));
    }

    Answer post(XieshangUser as, String path, String json) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return call(as, request);
    }

    Answer put(XieshangUser as, String path, String json) throws Exception {
        return call(
                as,
                MockMvcRequestBuilders.put(path)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json));
    }

    private Answer call(XieshangUser as, MockHttpServletRequestBuilder request) throws Exception {
        if (as != null) {
            request.with(user(as));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Answer(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8));
    }
}
