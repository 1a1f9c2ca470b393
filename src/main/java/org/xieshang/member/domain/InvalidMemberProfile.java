package org.xieshang.member.domain;

import java.util.List;
import org.xieshang.shared.XieshangException;

/** The profile breaks one or more rules; each is named with its field so forms and the API can show it there. */
public class InvalidMemberProfile extends XieshangException {

    private final transient List<Violation> violations;

    public InvalidMemberProfile(List<Violation> violations) {
        super(Kind.INVALID, "member-invalid");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
