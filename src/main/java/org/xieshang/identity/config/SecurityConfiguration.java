package org.xieshang.identity.config;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.identity.IdentitySettings;
import org.xieshang.identity.domain.ApiTokens;
import org.xieshang.identity.domain.BearerTokenFilter;
import org.xieshang.identity.domain.SignInService;
import org.xieshang.platform.ProblemResponses;

/**
 * Deny by default. Two chains: the REST API (bearer tokens or the session; 401/403 as problem documents via the error
 * controller) and the web UI (form login, CSRF, session in the database). Which signed-in user may call what is decided
 * per handler by {@code @PreAuthorize} permission strings; the URL rules here only separate public from signed-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentitySettings.class)
class SecurityConfiguration {

    /** Pages and resources anyone may reach. Handlers behind them are marked {@code @PublicEndpoint}. */
    static final String[] PUBLIC_PATHS = {
        "/login",
        "/css/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/actuator/health",
        "/actuator/health/**",
        "/portal/**"
    };

    static final String[] PUBLIC_API_PATHS = {"/api/docs", "/api/docs/**", "/api/v1/public/**"};

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " font-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    private static final String HTMX = "HX-Request";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, ApiTokens tokens, SignInService users, AuditTrail audit, ProblemResponses problems)
            throws Exception {
        AuthenticationEntryPoint unauthorized =
                (request, response, e) -> problems.write(response, HttpServletResponse.SC_UNAUTHORIZED);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(c -> c.disable())
                // scripts with a bearer token have no session to forge; browser calls through the session keep CSRF
                .csrf(c -> c.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null))
                .addFilterBefore(
                        new BearerTokenFilter(tokens, users, unauthorized), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied(audit, problems)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuditTrail audit) throws Exception {
        http.authorizeHttpRequests(a ->
                        a.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .requestCache(c -> c.requestCache(pagesOnly()))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(signInFirst()).accessDeniedHandler(denied(audit, null)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * After signing in, a user returns to the page they asked for, never to a fragment: an htmx request (similar
     * proposals while typing) sent after the session ended would otherwise become the page shown after sign-in.
     */
    private static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader(HTMX) == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && !request.getRequestURI().endsWith("/favicon.ico"));
        return cache;
    }

    /** The sign-in page for a page request; for an htmx request, a 401 that tells htmx to go to the sign-in page. */
    private static AuthenticationEntryPoint signInFirst() {
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (request.getHeader(HTMX) != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                page.commence(request, response, exception);
            }
        };
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String reason = switch (exception.getClass().getSimpleName()) {
                case "LockedException" -> "locked";
                case "DisabledException" -> "disabled";
                default -> "bad";
            };
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    /** Audits the denial; the API answers with a problem document, pages go through the error page. */
    private static AccessDeniedHandler denied(AuditTrail audit, ProblemResponses problems) {
        return (request, response, exception) -> {
            audit.record(
                    AuditAction.ACCESS_DENIED,
                    "request",
                    null,
                    request.getMethod() + " " + request.getRequestURI(),
                    null,
                    null);
            if (problems != null) {
                problems.write(response, HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }
}
