package org.rfcc.bench.alerts;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Email over SMTP (Angus Mail): STARTTLS (required, not merely tried), TLS from the first byte, or none,
 * with a login when a user is given; a plain text body and an HTML one, as alternatives.
 */
final class EmailChannel implements Channel {
    /** How the connection is protected: {@code starttls}, {@code tls} or {@code none}. */
    enum Tls {
        STARTTLS,
        TLS,
        NONE
    }

    private final Session session;
    private final InternetAddress from;
    private final InternetAddress[] to;

    /** @param user null to send without a login */
    EmailChannel(
            String host, int port, Tls tls, String user, String password, InternetAddress from, InternetAddress[] to) {
        Properties p = new Properties();
        String protocol = tls == Tls.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", Integer.toString(port));
        p.put("mail." + protocol + ".auth", Boolean.toString(user != null));
        p.put("mail." + protocol + ".connectiontimeout", Long.toString(Http.TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".timeout", Long.toString(Http.TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".writetimeout", Long.toString(Http.TIMEOUT.toMillis()));
        if (tls == Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (tls != Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Authenticator login = user == null
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password);
                    }
                };
        this.session = Session.getInstance(p, login);
        this.from = from;
        this.to = to.clone();
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void send(Notice notice) throws DeliveryException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject("[rfcc-bench] " + AlertText.title(notice), StandardCharsets.UTF_8.name());
            message.setHeader("X-Rfcc-Bench-Delivery", Long.toString(notice.id()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(AlertText.plain(notice), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(
                    "<!doctype html><html><body>" + AlertText.html(notice) + "</body></html>",
                    "text/html; charset=utf-8");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null
                            ? ""
                            : " " + e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
