package org.xieshang.member.domain;

import java.util.Arrays;

/**
 * One broken rule of a member profile: the field (as named in forms and API requests), and the reason as a message
 * key {@code member.invalid.<reason>} with its arguments.
 */
public record Violation(String field, String reason, Object... args) {

    public Violation {
        args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return "member.invalid." + reason;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation v
                && v.field.equals(field)
                && v.reason.equals(reason)
                && Arrays.equals(v.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + reason.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return field + ":" + reason + Arrays.toString(args);
    }
}
