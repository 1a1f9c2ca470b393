package org.xieshang.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.xieshang.identity.Role;

/** The user form of the admin screen. The password is asked only when creating. */
record UserForm(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "^[a-zA-Z0-9_.-]{3,40}$", message = "{user.username.pattern}")
        String username,

        @NotBlank(message = "{user.displayName.required}") @Size(max = 40, message = "{user.displayName.size}")
        String displayName,

        String password,
        Long memberId,
        Long handlingUnitId,
        @Size(max = 60, message = "{user.staffPost.size}") String staffPost,
        boolean spansSubtree,
        boolean enabled,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        int version) {

    static UserForm empty() {
        return new UserForm("", "", "", null, null, "", false, true, Set.of(), 0);
    }
}
