/**
 * Users, roles and permissions: sign-in with lockout, the signed-in principal with its data scope, personal API
 * tokens, and per-user preferences (large font, script). Roles hold permission strings ({@code member:read}) that
 * controllers require; the grants live in the {@code role_permission} table, which each module fills in its own
 * migrations.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "audit", "organisation", "member", "notification"})
package org.xieshang.identity;
