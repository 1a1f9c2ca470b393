package org.xieshang.proposal.domain;

/**
 * Writes 1..99 the way term and meeting numbers are written (九, 十, 十一, 二十一). The digit characters come from the
 * message bundle ({@code proposal.numerals}: zero to nine, then ten), so this class holds no Chinese text itself.
 */
final class ChineseNumerals {

    private final String digits;

    /** {@code digits}: eleven characters, 0 to 9 and then 10. */
    ChineseNumerals(String digits) {
        if (digits.length() != 11) {
            throw new IllegalArgumentException("Expected eleven numeral characters, 0 to 10");
        }
        this.digits = digits;
    }

    String of(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("Only 1..99 are written in words: " + number);
        }
        char ten = digits.charAt(10);
        int tens = number / 10;
        int ones = number % 10;
        StringBuilder text = new StringBuilder();
        if (tens > 1) {
            text.append(digits.charAt(tens));
        }
        if (tens > 0) {
            text.append(ten);
        }
        if (ones > 0) {
            text.append(digits.charAt(ones));
        }
        return text.toString();
    }
}
