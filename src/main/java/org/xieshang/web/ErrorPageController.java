package org.xieshang.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.xieshang.shared.PublicEndpoint;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers errors that reach the servlet container (unknown paths, 401/403 from the security filters, failures outside a
 * controller): a problem document under {@code /api}, the Chinese error page elsewhere. Never shows an exception text.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final Problems problems;
    private final ObjectMapper json;

    ErrorPageController(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        return problems.of(status, Problems.codeFor(status), new Object[0], List.of());
    }

    @PublicEndpoint
    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            ResponseEntity<ProblemDetail> problem = problem(request);
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), problem.getBody());
            return null;
        }
        return PageExceptionHandler.page(response, status, problems.message(Problems.codeFor(status), new Object[0]));
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : 500;
    }
}
