package org.xieshang.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.xieshang.platform.ProblemResponses;
import org.xieshang.platform.ProblemResponses.FieldProblem;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.XieshangException;

/**
 * Turns every failure of a REST controller into a problem document. Checked before {@link PageExceptionHandler} so REST
 * controllers never get an HTML page. Unexpected failures are logged with their stack trace and answered with a
 * generic Chinese sentence.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemResponses problems;
    private final FieldErrors fieldErrors;

    ApiExceptionHandler(ProblemResponses problems, FieldErrors fieldErrors) {
        this.problems = problems;
        this.fieldErrors = fieldErrors;
    }

    @ExceptionHandler(XieshangException.class)
    ResponseEntity<ProblemDetail> business(XieshangException e) {
        if (e instanceof InvalidInput invalid) {
            String message = problems.message(invalid.code(), invalid.args());
            return problems.of(
                    400, "invalid-input", new Object[0], List.of(new FieldProblem(invalid.field(), message)));
        }
        return problems.of(e.kind().status(), e.code(), e.args(), List.of());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException e) {
        return problems.of(400, "invalid-input", new Object[0], fieldErrors.of(e.getBindingResult()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e) {
        return problems.of(400, "invalid-input", new Object[0], fieldErrors.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problems.of(400, "invalid-input", new Object[0], List.of(fieldErrors.typeMismatch(e.getName())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problems.of(400, "invalid-input", new Object[0], List.of(fieldErrors.missing(e.getParameterName())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problems.of(400, "unreadable-body", new Object[0], fieldErrors.unreadable(e));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return problems.of(409, "stale", new Object[] {"", ""}, List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problems.of(405, "method-not-allowed", new Object[0], List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problems.of(415, "unsupported-media-type", new Object[0], List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problems.of(413, "too-large", new Object[0], List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problems.of(404, "page-not-found", new Object[0], List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // the security filters answer these (and audit the denial)
        }
        log.error("Unexpected failure", e);
        return problems.of(500, "unexpected", new Object[0], List.of());
    }
}
