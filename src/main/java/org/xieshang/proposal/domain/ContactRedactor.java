package org.xieshang.proposal.domain;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes contacts from a reply before it is published (domain-rules §1.12): mobile numbers, landlines with an area
 * code, e-mail addresses, and whatever follows an address or phone label up to the end of the clause. The mask and the
 * labels come from the message bundle, so the rules stay free of Chinese text.
 */
public final class ContactRedactor {

    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?!\\d)");
    private static final Pattern LANDLINE =
            Pattern.compile("(?<!\\d)\\(?0\\d{2,3}\\)?[- ]?[2-9]\\d{6,7}(?:-\\d{1,4})?(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private final String mask;
    private final Pattern labelled;

    /**
     * @param mask what replaces a contact
     * @param labels words that introduce an address or a number, separated by {@code |}
     * @param clauseEnd the characters that end a clause (punctuation); a line break always does
     */
    public ContactRedactor(String mask, String labels, String clauseEnd) {
        this.mask = mask;
        String words = Arrays.stream(labels.split("\\|"))
                .filter(w -> !w.isBlank())
                .map(w -> Pattern.quote(w.strip()))
                .collect(Collectors.joining("|"));
        String ends = clauseEnd
                .codePoints()
                .mapToObj(cp -> String.format("\\x{%x}", cp))
                .collect(Collectors.joining());
        this.labelled = Pattern.compile("((?:" + words + ")\\s*[:\\x{ff1a}]?\\s*)[^" + ends + "\\n]+");
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = labelled.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + mask));
        result = EMAIL.matcher(result).replaceAll(Matcher.quoteReplacement(mask));
        result = MOBILE.matcher(result).replaceAll(Matcher.quoteReplacement(mask));
        return LANDLINE.matcher(result).replaceAll(Matcher.quoteReplacement(mask));
    }
}
