package org.xieshang.opinion.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese texts of this module (audit summaries, export headers) taken from {@code i18n/opinion.properties}. */
@Component
public class OpinionTexts {

    /** The record type written to the audit trail. */
    public static final String AUDIT_TYPE = "opinion-report";

    private final MessageSource messages;

    OpinionTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
