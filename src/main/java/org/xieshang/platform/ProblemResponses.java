package org.xieshang.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds RFC 9457 problem documents with a stable {@code code} and a Chinese {@code title} taken from the message
 * bundles ({@code error.<code>}). Used by the error handlers and by the security filters, which answer before any
 * controller runs.
 */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final ObjectMapper json;

    ProblemResponses(MessageSource messages, ObjectMapper json) {
        this.json = json;
        this.messages = messages;
    }

    /** One invalid field and why. */
    public record FieldProblem(String field, String message) {}

    public ResponseEntity<ProblemDetail> of(int status, String code, Object[] args, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://xieshang.org/problems/" + code));
        problem.setTitle(message(code, args));
        problem.setProperty("code", code);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Writes the problem for {@code status} straight to the response (for filters, outside MVC). */
    public void write(HttpServletResponse response, int status) throws IOException {
        ResponseEntity<ProblemDetail> problem = of(status, codeFor(status), new Object[0], List.of());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem.getBody());
    }

    public String message(String code, Object[] args) {
        if ("not-found".equals(code) && args.length > 0 && args[0] instanceof String type) {
            // record types may be codes ("committee"): name them in Chinese where the bundles know them
            args = args.clone();
            args[0] = messages.getMessage("record." + type, null, type, Locale.SIMPLIFIED_CHINESE);
        }
        return messages.getMessage(
                "error." + code,
                args,
                messages.getMessage("error.unexpected", null, Locale.SIMPLIFIED_CHINESE),
                Locale.SIMPLIFIED_CHINESE);
    }

    public static String codeFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return "unexpected";
        }
        return switch (known) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "page-not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case CONFLICT -> "conflict";
            case CONTENT_TOO_LARGE -> "too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            default -> "unexpected";
        };
    }
}
