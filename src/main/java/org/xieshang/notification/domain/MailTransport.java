package org.xieshang.notification.domain;

import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP connection, built from {@link NotificationSettings.Mail}. Kept out of the bean container on purpose: a
 * {@code JavaMailSenderImpl} bean would make Boot's health check probe the SMTP server, and a mail server that is down
 * must not mark the platform unhealthy (the outbox keeps the mail until it is back).
 */
@Component
class MailTransport {

    private final NotificationSettings.Mail settings;
    private final JavaMailSenderImpl sender;

    MailTransport(NotificationSettings settings) {
        this.settings = settings.mail();
        this.sender = this.settings.enabled() ? sender(this.settings) : null;
    }

    boolean enabled() {
        return sender != null;
    }

    /** Hands one message to the SMTP server; throws when the server does not accept it. */
    void send(String to, String subject, String body) throws MailException {
        if (sender == null) {
            throw new IllegalStateException("email is not configured");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }

    private static JavaMailSenderImpl sender(NotificationSettings.Mail mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setProtocol(mail.ssl() ? "smtps" : "smtp");
        sender.setUsername(mail.username());
        sender.setPassword(mail.password());
        sender.setDefaultEncoding("UTF-8");
        String prefix = mail.ssl() ? "mail.smtps." : "mail.smtp.";
        Properties properties = new Properties();
        properties.setProperty(prefix + "auth", Boolean.toString(mail.username() != null));
        // upgrade to TLS whenever the server offers it; a server without STARTTLS is still used
        properties.setProperty("mail.smtp.starttls.enable", "true");
        // a hung server must not hold the job (and its lock) for long
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "30000");
        properties.setProperty(prefix + "writetimeout", "30000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
