package org.xieshang.identity.domain;

import org.springframework.stereotype.Component;
import org.xieshang.shared.XieshangException;

/**
 * The minimum strength of a password: at least 10 characters with letters and digits, and not the user name. (The
 * common 等保 expectation is length plus at least two character classes.)
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    public void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 128) {
            throw new WeakPassword("password-length", MIN_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new WeakPassword("password-classes");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new WeakPassword("password-contains-username");
        }
    }

    /** The password does not meet the policy. */
    public static final class WeakPassword extends XieshangException {
        WeakPassword(String code, Object... args) {
            super(Kind.INVALID, code, args);
        }
    }
}
