package org.xieshang.notification.domain;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Texts from the message bundles (every module's), in simplified Chinese: notices are written once, when sent. */
@Component
public class NotificationTexts {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A notice's title and body. */
    public record Rendered(String title, String body) {}

    /** {@code <key>.title} must exist (a missing one is a programming error); {@code <key>.body} may be absent. */
    public Rendered render(String messageKey, List<?> args) {
        Object[] values = args.toArray();
        String title = messages.getMessage(messageKey + ".title", values, CHINESE);
        String body = messages.getMessage(messageKey + ".body", values, "", CHINESE);
        return new Rendered(title, body == null ? "" : body);
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }
}
