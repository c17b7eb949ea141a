package org.rfcc.bench.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.model.config.Notification;

/**
 * The channels alerts.yaml names, set up from the environment only (CONTRACT.md), so that no secret is
 * ever in a file. A channel with none of its settings is skipped with a warning; one whose settings are
 * there but wrong or incomplete is a user error, said in one line that names the variable, never its value.
 */
public final class Channels {
    /**
     * The channels that can send, and why each other one is skipped, by name.
     *
     * @param skipped e.g. {@code slack} → "the slack channel is skipped: RFCC_BENCH_SLACK_WEBHOOK_URL is not set"
     */
    public record Ready(Map<String, Channel> channels, Map<String, String> skipped) {}

    /** What {@code GITHUB_REPOSITORY} looks like: owner/name. */
    private static final String REPOSITORY = "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+";

    private Channels() {}

    /** The channels of {@code names} that {@code env} sets up. */
    public static Ready from(List<String> names, Map<String, String> env) {
        Map<String, Channel> ready = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (String name : names) {
            String needed =
                    switch (name) {
                        case "github" -> "GITHUB_TOKEN";
                        case "slack" -> "RFCC_BENCH_SLACK_WEBHOOK_URL";
                        case "email" -> "RFCC_BENCH_SMTP_HOST";
                        case "webhook" -> "RFCC_BENCH_WEBHOOK_URL";
                        default -> throw new UserException("unknown channel '" + name + "'; expected one of "
                                + String.join(", ", Notification.CHANNELS));
                    };
            if (blank(env.get(needed))) {
                skipped.put(name, "the " + name + " channel is skipped: " + needed + " is not set");
                continue;
            }
            ready.put(name, channel(name, env));
        }
        return new Ready(ready, skipped);
    }

    /** Every secret value {@code env} holds for the channels, which no output may show. */
    public static List<String> secrets(Map<String, String> env) {
        List<String> out = new ArrayList<>();
        for (String key : List.of(
                "GITHUB_TOKEN",
                "RFCC_BENCH_SLACK_WEBHOOK_URL",
                "RFCC_BENCH_SMTP_PASSWORD",
                "RFCC_BENCH_WEBHOOK_URL",
                "RFCC_BENCH_WEBHOOK_SECRET")) {
            if (!blank(env.get(key))) {
                out.add(env.get(key).strip());
            }
        }
        return out;
    }

    /** {@code text} with every secret of {@code env} replaced by {@code ***}. */
    public static String redact(String text, Map<String, String> env) {
        String out = text;
        for (String secret : secrets(env)) {
            out = out.replace(secret, "***");
        }
        return out;
    }

    private static Channel channel(String name, Map<String, String> env) {
        return switch (name) {
            case "github" -> github(env);
            case "slack" -> new SlackChannel(
                    Http.url("RFCC_BENCH_SLACK_WEBHOOK_URL", env.get("RFCC_BENCH_SLACK_WEBHOOK_URL")), commits(env));
            case "email" -> email(env);
            default -> new WebhookChannel(
                    Http.url("RFCC_BENCH_WEBHOOK_URL", env.get("RFCC_BENCH_WEBHOOK_URL")),
                    required(env, "RFCC_BENCH_WEBHOOK_SECRET", "the webhook channel signs every body with it"));
        };
    }

    private static Channel github(Map<String, String> env) {
        String repository = required(env, "GITHUB_REPOSITORY", "the github channel needs owner/name");
        if (!repository.matches(REPOSITORY)) {
            throw new UserException("GITHUB_REPOSITORY is '" + repository + "'; expected owner/name");
        }
        URI api = Http.url(
                "GITHUB_API_URL",
                blank(env.get("GITHUB_API_URL")) ? "https://api.github.com" : env.get("GITHUB_API_URL"));
        return new GithubChannel(api, env.get("GITHUB_TOKEN").strip(), repository, pullRequest(env));
    }

    /**
     * Where the repository's commits are shown ({@code GITHUB_SERVER_URL}, default github.com, and {@code
     * GITHUB_REPOSITORY}, as GitHub Actions sets them), the commit id to append; null without a repository.
     */
    private static String commits(Map<String, String> env) {
        String repository = env.get("GITHUB_REPOSITORY");
        if (blank(repository) || !repository.strip().matches(REPOSITORY)) {
            return null;
        }
        String server = blank(env.get("GITHUB_SERVER_URL")) ? "https://github.com" : env.get("GITHUB_SERVER_URL");
        return Http.url("GITHUB_SERVER_URL", server).toString().replaceAll("/+$", "") + "/" + repository.strip()
                + "/commit/";
    }

    /** RFCC_BENCH_GITHUB_PR, else the pull request of the event GitHub Actions describes; null when neither says. */
    private static Integer pullRequest(Map<String, String> env) {
        String pr = env.get("RFCC_BENCH_GITHUB_PR");
        if (!blank(pr)) {
            try {
                int n = Integer.parseInt(pr.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new UserException("RFCC_BENCH_GITHUB_PR is '" + pr + "'; expected a pull request number");
        }
        String event = env.get("GITHUB_EVENT_PATH");
        if (blank(event)) {
            return null;
        }
        try {
            JsonNode doc = Json.MAPPER.readTree(Files.readString(Path.of(event)));
            JsonNode number = doc.path("pull_request").path("number");
            return number.isInt() ? Integer.valueOf(number.asInt()) : null;
        } catch (IOException e) {
            return null; // not a pull request's event, or no file: statuses only
        }
    }

    private static Channel email(Map<String, String> env) {
        String host = env.get("RFCC_BENCH_SMTP_HOST").strip();
        int port = 587;
        String portText = env.get("RFCC_BENCH_SMTP_PORT");
        if (!blank(portText)) {
            try {
                port = Integer.parseInt(portText.strip());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                throw new UserException("RFCC_BENCH_SMTP_PORT is '" + portText + "'; expected a port from 1 to 65535");
            }
        }
        String tlsText = blank(env.get("RFCC_BENCH_SMTP_TLS"))
                ? "starttls"
                : env.get("RFCC_BENCH_SMTP_TLS").strip();
        EmailChannel.Tls tls;
        try {
            tls = EmailChannel.Tls.valueOf(tlsText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("RFCC_BENCH_SMTP_TLS is '" + tlsText + "'; expected starttls, tls or none");
        }
        String user = blank(env.get("RFCC_BENCH_SMTP_USER"))
                ? null
                : env.get("RFCC_BENCH_SMTP_USER").strip();
        String password =
                user == null ? null : required(env, "RFCC_BENCH_SMTP_PASSWORD", "RFCC_BENCH_SMTP_USER logs in with it");
        InternetAddress from = addresses(
                "RFCC_BENCH_EMAIL_FROM", required(env, "RFCC_BENCH_EMAIL_FROM", "the email channel sends from it"))[0];
        InternetAddress[] to = addresses(
                "RFCC_BENCH_EMAIL_TO",
                required(env, "RFCC_BENCH_EMAIL_TO", "the email channel sends to it (comma-separated)"));
        return new EmailChannel(host, port, tls, user, password, from, to);
    }

    private static InternetAddress[] addresses(String variable, String text) {
        try {
            InternetAddress[] parsed = InternetAddress.parse(text, true);
            if (parsed.length == 0) {
                throw new AddressException("empty");
            }
            return parsed;
        } catch (AddressException e) {
            throw new UserException(variable + " is '" + text + "'; expected email addresses, comma-separated");
        }
    }

    private static String required(Map<String, String> env, String variable, String why) {
        String value = env.get(variable);
        if (blank(value)) {
            throw new UserException(variable + " is not set; " + why);
        }
        return value.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
