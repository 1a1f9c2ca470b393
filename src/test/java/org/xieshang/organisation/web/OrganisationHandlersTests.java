package org.xieshang.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xieshang.shared.PublicEndpoint;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
class OrganisationHandlersTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyOrganisationHandlerStatesWhoMayCallIt() {
        List<String> unguarded = mappings.getHandlerMethods().values().stream()
                .filter(h -> h.getBeanType().getPackageName().startsWith("org.xieshang.organisation"))
                .filter(h -> !AnnotatedElementUtils.hasAnnotation(h.getMethod(), PreAuthorize.class)
                        && !AnnotatedElementUtils.hasAnnotation(h.getBeanType(), PreAuthorize.class)
                        && !AnnotatedElementUtils.hasAnnotation(h.getMethod(), PublicEndpoint.class))
                .map(h -> h.getBeanType().getSimpleName() + "." + h.getMethod().getName())
                .toList();
        assertThat(unguarded).isEmpty();
        assertThat(mappings.getHandlerMethods().values())
                .anyMatch(h -> h.getBeanType().getPackageName().startsWith("org.xieshang.organisation"));
    }
}
