package org.xieshang.organisation.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Texts the controllers need outside a template: spreadsheet headers and cells, and the flash after a save. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    void created(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", get("form.created"));
    }

    void saved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", get("form.saved"));
    }
}
