package org.xieshang.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import org.xieshang.shared.XieshangException;

/** What the organisation pages share: re-showing a refused form, and pager links that keep the filters. */
final class Pages {

    private Pages() {}

    /** Marks a form shown again because of bad input: the page answers 400, as the API would. */
    static void invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * An edit must carry the version it was read at (a hidden field of the form); without one it is refused with a
     * message rather than saved over whatever is there now.
     */
    static boolean withoutVersion(Integer version, BindingResult result) {
        if (version == null) {
            result.reject("organisation.validation.version");
            return true;
        }
        return false;
    }

    /**
     * Shows a business refusal (a number already taken, a meeting outside its term, a stale version) above the form
     * instead of on an error page, so the user keeps what they typed. Not-found and forbidden still go to the error page.
     */
    static void refused(XieshangException e, BindingResult result, HttpServletResponse response) {
        if (e.kind() == XieshangException.Kind.NOT_FOUND || e.kind() == XieshangException.Kind.FORBIDDEN) {
            throw e;
        }
        result.reject(e.messageKey(), e.args(), null);
        response.setStatus(e.kind().status());
    }

    /** The current list address without its page number, for the pager to add one. */
    static String withoutPage(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page")
                .build(true)
                .toUriString();
    }
}
