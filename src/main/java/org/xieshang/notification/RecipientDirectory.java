package org.xieshang.notification;

import java.util.Optional;

/**
 * Where a user's email address comes from when the caller gives only the user id. The module that keeps contact
 * details (identity, member) may implement it; without an implementation, users are notified in the inbox only.
 */
public interface RecipientDirectory {

    Optional<String> emailOf(long userId);
}
