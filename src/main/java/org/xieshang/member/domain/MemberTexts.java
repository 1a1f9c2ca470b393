package org.xieshang.member.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's Chinese texts (audit summaries, import reasons), from {@code i18n/member.properties}. */
@Component
public class MemberTexts {

    private final MessageSource messages;

    MemberTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    public String of(Violation violation) {
        return get(violation.messageKey(), violation.args());
    }

    /** The record type as error messages name it ("委员"). */
    String recordType() {
        return get("member.recordType");
    }
}
