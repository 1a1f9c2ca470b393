package org.xieshang.portal.domain;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes contacts from text shown to the public: mobile numbers (11 digits, optionally +86), landlines with an area
 * code (0830-1234567, (028)12345678), e-mail addresses and street addresses (a road, street or lane with a house
 * number, and the building, unit or room after it). The mask itself matches none of the rules, so redacting twice
 * changes nothing. The address words come from the message bundle, keeping the rules free of Chinese text.
 */
public final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?!\\d)");
    private static final Pattern LANDLINE =
            Pattern.compile("(?<![\\d-])(?:\\(0\\d{2,3}\\)|0\\d{2,3})[- ]?\\d{7,8}(?:-\\d{1,4})?(?!\\d)");

    private final String mask;
    private final Pattern address;

    /**
     * @param mask what replaces a contact
     * @param streets words that end a street name (road, street, lane…), separated by {@code |}
     * @param numberWord the word after a house number
     * @param buildingWords words after a building, unit, floor or room number, separated by {@code |}
     */
    public Redaction(String mask, String streets, String numberWord, String buildingWords) {
        this.mask = mask;
        String street = alternatives(streets);
        String building = alternatives(buildingWords);
        String number = Pattern.quote(numberWord);
        // up to six characters of the street's name before its ending word, up to three more for a section; the
        // house number; then any number of building, unit and room parts
        this.address = Pattern.compile("[\\p{IsHan}\\w]{0,6}(?:" + street + ")\\p{IsHan}{0,3}\\s*\\d+(?:-\\d+)?\\s*"
                + number + "(?:\\s*\\d+(?:-\\d+)?\\s*(?:" + building + "))*");
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(mask));
        result = address.matcher(result).replaceAll(Matcher.quoteReplacement(mask));
        result = MOBILE.matcher(result).replaceAll(Matcher.quoteReplacement(mask));
        return LANDLINE.matcher(result).replaceAll(Matcher.quoteReplacement(mask));
    }

    private static String alternatives(String words) {
        return Arrays.stream(words.split("\\|"))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
