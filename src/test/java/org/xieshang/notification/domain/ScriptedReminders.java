package org.xieshang.notification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.xieshang.notification.Reminder;
import org.xieshang.notification.ReminderSource;

/**
 * A reminder source the tests script: what it returns, and whether it holds the job inside it (to show a second
 * node that the lock is taken). Idle by default, so it does nothing in other tests sharing the context.
 */
@Component
class ScriptedReminders implements ReminderSource {

    private volatile List<Reminder> due = List.of();
    private volatile CountDownLatch entered;
    private volatile CountDownLatch release;
    private final AtomicInteger calls = new AtomicInteger();

    void willReturn(List<Reminder> reminders) {
        due = List.copyOf(reminders);
    }

    /** The next call signals {@code entered} and waits for {@code release}. */
    void holdNextCall(CountDownLatch entered, CountDownLatch release) {
        this.entered = entered;
        this.release = release;
    }

    int calls() {
        return calls.get();
    }

    void reset() {
        due = List.of();
        entered = null;
        release = null;
        calls.set(0);
    }

    @Override
    public List<Reminder> dueReminders(LocalDate today) {
        calls.incrementAndGet();
        CountDownLatch hold = release;
        if (hold != null) {
            release = null;
            entered.countDown();
            await(hold);
        }
        return due;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
