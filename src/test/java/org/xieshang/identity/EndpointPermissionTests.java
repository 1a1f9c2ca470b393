package org.xieshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xieshang.shared.PublicEndpoint;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/**
 * Walks every endpoint the application registers against every role and the anonymous public. Fails when a handler
 * has no explicit rule, when a role without the required permission gets through, when a role with it is refused,
 * and when any call ends in a server error.
 */
@IntegrationTest
class EndpointPermissionTests {

    private static final Pattern HAS_AUTHORITY = Pattern.compile("^hasAuthority\\('([a-z-]+:[a-z-]+)'\\)$");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.xieshang.organisation.OrganisationDirectory organisation;

    @Autowired
    org.xieshang.member.MemberDirectory members;

    static final Map<Role, XieshangUser> users = new EnumMap<>(Role.class);

    record Endpoint(HttpMethod method, String path, Optional<String> rule, boolean isPublic, String handler) {}

    @Test
    void everyHandlerHasAnExplicitRule() {
        List<String> missing = endpoints().stream()
                .filter(e -> e.rule().isEmpty() && !e.isPublic())
                .map(Endpoint::handler)
                .distinct()
                .toList();
        assertThat(missing)
                .as("handlers without @PreAuthorize or @PublicEndpoint")
                .isEmpty();
    }

    @Test
    void everyRoleGetsExactlyWhatItsPermissionsAllow() throws Exception {
        // users of the demo committee, a member acting for a real member and a unit user for a real unit, so pages
        // that need a member or a unit behind the account answer as they would for real users
        long committee = organisation.committeeByName("政协泸州市委员会").orElseThrow().id();
        long member = members.list(committee, 5).get(4).id();
        long unit = organisation.handlingUnits(committee).get(5).id();
        for (Role role : Role.values()) {
            users.put(
                    role,
                    fixtures.user(
                            committee,
                            role == Role.MEMBER ? member : null,
                            role == Role.HANDLING_UNIT ? unit : null,
                            role));
        }
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                XieshangUser user = users.get(role);
                int status = call(endpoint, user);
                boolean allowed = allowed(endpoint, user);
                if (status >= 500 || (allowed && status == 403) || (!allowed && status != 403)) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role + " → " + status
                            + (allowed ? " (should be allowed)" : " (should be 403)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theAnonymousPublicReachesOnlyPublicEndpoints() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            int status = call(endpoint, null);
            boolean refused = status == 401 || status == 302 || status == 403;
            if (status >= 500
                    || (endpoint.isPublic() == refused && !endpoint.path().equals("/error"))) {
                wrong.add(endpoint.method() + " " + endpoint.path() + " anonymously → " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private boolean allowed(Endpoint endpoint, XieshangUser user) {
        if (endpoint.isPublic()) {
            return true;
        }
        String rule = endpoint.rule().orElseThrow();
        if (rule.equals("isAuthenticated()")) {
            return true;
        }
        Matcher permission = HAS_AUTHORITY.matcher(rule);
        assertThat(permission.matches())
                .as("rule of " + endpoint.handler() + " is a single permission")
                .isTrue();
        return user.hasPermission(permission.group(1));
    }

    private int call(Endpoint endpoint, XieshangUser user) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.path())
                .with(csrf());
        if (user != null) {
            request.with(user(user));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.xieshang")) {
                continue;
            }
            Method method = handler.getMethod();
            Optional<String> rule = Optional.ofNullable(
                            AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class))
                    .or(() -> Optional.ofNullable(
                            AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class)))
                    .map(PreAuthorize::value);
            boolean isPublic = AnnotatedElementUtils.hasAnnotation(method, PublicEndpoint.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PublicEndpoint.class);
            var methods = entry.getKey().getMethodsCondition().getMethods();
            HttpMethod httpMethod = methods.isEmpty()
                    ? HttpMethod.GET
                    : HttpMethod.valueOf(methods.stream()
                            .map(RequestMethod::name)
                            .sorted()
                            .findFirst()
                            .orElseThrow());
            for (String pattern : entry.getKey().getPatternValues()) {
                endpoints.add(new Endpoint(
                        httpMethod,
                        concrete(pattern),
                        rule,
                        isPublic,
                        handler.getBeanType().getSimpleName() + "." + method.getName()));
            }
        }
        return endpoints;
    }

    /** A path with its variables filled in: ids that exist nowhere, so a permitted call ends in 404, not a change. */
    private static String concrete(String pattern) {
        Matcher variable = Pattern.compile("\\{([^}:]*)(?::([^}]*))?}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String regex = variable.group(2);
            // a variable restricted to named alternatives ({list:sectors|units}) takes the first one
            String value = regex != null && regex.matches("[a-z-]+(\\|[a-z-]+)*") ? regex.split("\\|")[0] : "999999999";
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        return path.toString();
    }
}
