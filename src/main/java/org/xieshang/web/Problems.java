package org.xieshang.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem documents with a stable {@code code} and a Chinese {@code title}. */
@Component
class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** One invalid field and why. */
    record FieldProblem(String field, String message) {}

    ResponseEntity<ProblemDetail> of(int status, String code, Object[] args, List<FieldProblem> errors) {
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

    String message(String code, Object[] args) {
        return messages.getMessage(
                "error." + code,
                args,
                messages.getMessage("error.unexpected", null, Locale.SIMPLIFIED_CHINESE),
                Locale.SIMPLIFIED_CHINESE);
    }

    static String codeFor(int status) {
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
