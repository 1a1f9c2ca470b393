package org.xieshang.text.api;

/** How much text one request may carry: a long report is about 60,000 characters. */
final class TextLimits {

    static final int MAX_CHARACTERS = 200_000;

    private TextLimits() {}
}
