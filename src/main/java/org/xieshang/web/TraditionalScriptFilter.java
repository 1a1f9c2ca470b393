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
import org.xieshang.platform.Downloads;
import org.xieshang.shared.Actor;
import org.xieshang.text.ChineseScript;
import org.xieshang.text.OfficeDocumentScript;
import org.xieshang.text.Script;

/**
 * Shows every page in traditional Chinese to a user who chose it: the rendered HTML is converted phrase-aware on the
 * way out (only Han characters change; markup and ASCII pass untouched). Runs after the security filters, so the
 * signed-in user is known. What users type is stored as typed; only what is shown is converted. Word and Excel files
 * downloaded from pages follow the same choice (their text runs only, see {@link OfficeDocumentScript}); the API's
 * exports stay as stored.
 */
@Component
class TraditionalScriptFilter extends OncePerRequestFilter {

    private final UserManagement users;
    private final ChineseScript script;
    private final OfficeDocumentScript documents;

    TraditionalScriptFilter(UserManagement users, ChineseScript script, OfficeDocumentScript documents) {
        this.users = users;
        this.script = script;
        this.documents = documents;
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
        byte[] converted;
        if (response.isCommitted() || type == null) {
            converted = null;
        } else if (type.startsWith("text/html")) {
            String html = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
            converted = script.toTraditional(html).getBytes(StandardCharsets.UTF_8);
        } else if (type.startsWith(Downloads.DOCX) || type.startsWith(Downloads.XLSX)) {
            converted = documents.convert(buffered.getContentAsByteArray(), Script.TRADITIONAL);
        } else {
            converted = null;
        }
        if (converted == null) {
            buffered.copyBodyToResponse();
            return;
        }
        response.setContentLength(converted.length);
        response.getOutputStream().write(converted);
    }
}
