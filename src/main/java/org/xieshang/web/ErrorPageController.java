package org.xieshang.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.xieshang.platform.ProblemResponses;
import org.xieshang.shared.PublicEndpoint;

/**
 * Answers errors that reach the servlet container (unknown paths, 401/403 from the security filters, failures outside a
 * controller): a problem document under {@code /api}, the Chinese error page elsewhere. Never shows an exception text.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ProblemResponses problems;

    ErrorPageController(ProblemResponses problems) {
        this.problems = problems;
    }

    @PublicEndpoint
    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            problems.write(response, status);
            return null;
        }
        return PageExceptionHandler.page(
                response, status, problems.message(ProblemResponses.codeFor(status), new Object[0]));
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // without a status the page was asked for directly: there is no error to show
        return status instanceof Integer code ? code : 404;
    }
}
