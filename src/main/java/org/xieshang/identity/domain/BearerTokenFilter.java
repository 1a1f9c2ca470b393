package org.xieshang.identity.domain;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xieshang.identity.XieshangUser;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer xs_…}. An unknown, revoked or expired token is
 * answered 401 at once; a request without the header passes on (the session may authenticate it, or the entry point
 * answers 401).
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final SignInService users;
    private final AuthenticationEntryPoint entryPoint;

    public BearerTokenFilter(ApiTokens tokens, SignInService users, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.users = users;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<XieshangUser> user =
                tokens.authenticate(header.substring(7).strip()).map(users::principal);
        if (user.isEmpty() || !user.get().isEnabled() || !user.get().isAccountNonLocked()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new InvalidToken());
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The bearer token is not valid. */
    static final class InvalidToken extends AuthenticationException {
        InvalidToken() {
            super("invalid bearer token");
        }
    }
}
