package org.xieshang.notification;

/**
 * Who receives a notice: a user (inbox, and email when an address is known) or only an email address (someone without
 * an account, such as a member of the public who left a clue).
 */
public record Recipient(Long userId, String email) {

    public Recipient {
        email = email == null || email.isBlank() ? null : email.strip();
        if (userId == null && email == null) {
            throw new IllegalArgumentException("a recipient needs a user id or an email address");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
    }

    public static Recipient user(long userId) {
        return new Recipient(userId, null);
    }

    public static Recipient user(long userId, String email) {
        return new Recipient(userId, email);
    }

    public static Recipient email(String email) {
        return new Recipient(null, email);
    }
}
