package org.xieshang.proposal.web.unit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.xieshang.shared.XieshangException;

/**
 * What the handling, oversight and evaluation pages share: texts outside templates (flash messages, spreadsheet
 * headers) and showing a refused form again with the refusal above it instead of on an error page.
 */
@Component
public class HandlingTexts {

    private final MessageSource messages;

    HandlingTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** Bad input: the page answers 400, as the API would. */
    public static void invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** A business refusal shown on the form (409/400); not-found and forbidden still go to the error page. */
    public static void refused(XieshangException e, BindingResult result, HttpServletResponse response) {
        if (e.kind() == XieshangException.Kind.NOT_FOUND || e.kind() == XieshangException.Kind.FORBIDDEN) {
            throw e;
        }
        result.reject(e.messageKey(), e.args(), null);
        response.setStatus(e.kind().status());
    }
}
