package org.xieshang.shared;

/** One input field holds a value the platform cannot accept; the message key is {@code error.<code>}. */
public class InvalidInput extends XieshangException {

    private final String field;

    public InvalidInput(String field, String code, Object... args) {
        super(Kind.INVALID, code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
