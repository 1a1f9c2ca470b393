package org.xieshang.identity.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a handler's {@code @PreAuthorize} before Spring reads the request's parameters and body, so a caller without
 * the permission is refused (403) without the platform parsing or validating anything they sent. Method security
 * still checks again when the handler runs.
 */
class PermissionInterceptor implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        boolean annotated = AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
        if (!annotated) {
            return true;
        }
        Object bean = method.getBean();
        var invocation =
                new SimpleMethodInvocation(bean, method.getMethod(), new Object[method.getMethodParameters().length]) {
                    @Override
                    public Object getThis() {
                        return bean;
                    }
                };
        AuthorizationResult result =
                manager.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), invocation);
        if (result != null && !result.isGranted()) {
            throw new AuthorizationDeniedException("denied", result);
        }
        return true;
    }
}
