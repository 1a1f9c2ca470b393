package org.xieshang.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.xieshang.identity.UserManagement;
import org.xieshang.shared.Actor;
import org.xieshang.text.ChineseScript;

/**
 * Shows every page in traditional Chinese to a user who chose it: the rendered HTML is converted phrase-aware on the
 * way out (only Han characters change; markup and ASCII pass untouched). Runs after the security filters, so the
 * signed-in user is known. What users type is stored as typed; only what is shown is converted.
 */
@Component
class TraditionalScriptFilter extends OncePerRequestFilter {

    private final UserManagement users;
    private final ChineseScript script;

    TraditionalScriptFilter(UserManagement users, ChineseScript script) {
        this.users = users;
        this.script = script;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean traditional = Actor.current()
                .map(actor -> users.preferences(actor.userId()).traditional())
                .orElse(false);
        if (!traditional) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        String type = buffered.getContentType();
        if (type == null || !type.startsWith("text/html") || response.isCommitted()) {
            buffered.copyBodyToResponse();
            return;
        }
        String html = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
        byte[] converted = script.toTraditional(html).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(converted.length);
        response.getOutputStream().write(converted);
    }
}
