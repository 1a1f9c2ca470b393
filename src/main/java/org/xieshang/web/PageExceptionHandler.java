package org.xieshang.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.xieshang.platform.ProblemResponses;
import org.xieshang.shared.XieshangException;

/** Turns failures of page controllers into the Chinese error page, with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final ProblemResponses problems;

    PageExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(XieshangException.class)
    ModelAndView business(XieshangException e, HttpServletResponse response) {
        return page(response, e.kind().status(), problems.message(e.code(), e.args()));
    }

    @ExceptionHandler({
        BindException.class,
        HandlerMethodValidationException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    ModelAndView invalid(Exception e, HttpServletResponse response) {
        return page(response, 400, problems.message("invalid-input", new Object[0]));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(HttpServletResponse response) {
        return page(response, 409, problems.message("stale", new Object[] {"", ""}));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        return page(response, 413, problems.message("too-large", new Object[0]));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        if (e instanceof org.springframework.web.ErrorResponse known
                && known.getStatusCode().value() < 500) {
            int status = known.getStatusCode().value();
            return page(response, status, problems.message(ProblemResponses.codeFor(status), new Object[0]));
        }
        log.error("Unexpected failure", e);
        return page(response, 500, problems.message("unexpected", new Object[0]));
    }

    static ModelAndView page(HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("web/error");
        page.addObject("status", status);
        page.addObject("message", message);
        return page;
    }
}
