package org.xieshang.notification;

/** What a notify call did: new inbox rows and queued emails (a repeated dedup key adds neither). */
public record Notified(int inboxRows, int emailsQueued) {

    public static final Notified NOTHING = new Notified(0, 0);

    public Notified plus(Notified other) {
        return new Notified(inboxRows + other.inboxRows, emailsQueued + other.emailsQueued);
    }
}
