package org.xieshang.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.xieshang.platform.ProblemResponses.FieldProblem;
import tools.jackson.core.JacksonException;

/** Per-field messages in Chinese, whatever the cause: a failed constraint, a value of the wrong type, a missing one. */
@Component
class FieldErrors {

    private final MessageSource messages;

    FieldErrors(MessageSource messages) {
        this.messages = messages;
    }

    List<FieldProblem> of(BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            String message = error.isBindingFailure()
                    ? text("error.field.type-mismatch")
                    : messages.getMessage(error, Locale.SIMPLIFIED_CHINESE);
            problems.add(new FieldProblem(error.getField(), message));
        }
        result.getGlobalErrors()
                .forEach(e -> problems.add(
                        new FieldProblem(e.getObjectName(), messages.getMessage(e, Locale.SIMPLIFIED_CHINESE))));
        return problems;
    }

    List<FieldProblem> of(HandlerMethodValidationException e) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String field = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> problems.add(
                            new FieldProblem(field, messages.getMessage(error, Locale.SIMPLIFIED_CHINESE))));
        });
        return problems;
    }

    FieldProblem typeMismatch(String field) {
        return new FieldProblem(field, text("error.field.type-mismatch"));
    }

    FieldProblem missing(String field) {
        return new FieldProblem(field, text("error.field.missing"));
    }

    List<FieldProblem> unreadable(HttpMessageNotReadableException e) {
        String field = e.getMostSpecificCause() instanceof JacksonException jackson
                ? fieldOf(jackson)
                : fieldOf(e.getMessage());
        return field == null ? List.of() : List.of(new FieldProblem(field, text("error.field.type-mismatch")));
    }

    /** The dotted path of the bad value ({@code signers[0].role} → {@code signers.role}), from Jackson's own record. */
    private static String fieldOf(JacksonException e) {
        String path = e.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(name -> name != null)
                .collect(java.util.stream.Collectors.joining("."));
        return path.isEmpty() ? null : path;
    }

    /** Jackson names the path of the bad value in its message, e.g. {@code ["birthDate"]}; we keep only the name. */
    private static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        int start = message.lastIndexOf("[\"");
        int end = start < 0 ? -1 : message.indexOf("\"]", start);
        return end > start ? message.substring(start + 2, end) : null;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
