package org.rfcc.bench.alerts;

import java.util.Locale;
import org.rfcc.bench.store.StoredAlert;

/**
 * What the messages say of an alert, and the escaping each medium needs: every text that comes from a
 * benchmark's name or params is escaped before it goes into Slack mrkdwn, GitHub Markdown or HTML.
 */
final class AlertText {
    private AlertText() {}

    /** One line: {@code ESCALATED: CRITICAL regression, series +30.0% [22.5, 38.0]%}. */
    static String title(Notice n) {
        StoredAlert a = n.alert();
        String head =
                switch (n.event()) {
                    case "escalated" -> "ESCALATED: ";
                    case "resolved" -> "RESOLVED: ";
                    case "test" -> "TEST: ";
                    default -> "";
                };
        return head + a.level().toUpperCase(Locale.ROOT) + " " + a.kind().replace('_', ' ') + ", "
                + a.series().name() + " " + change(a);
    }

    /** The change with its interval, e.g. {@code +30.0% [+22.5%, +38.0%]}; empty when unknown. */
    static String change(StoredAlert a) {
        if (a.changePct() == null) {
            return "";
        }
        String change = AlertRaiser.percent(a.changePct());
        return a.changeLowPct() == null
                ? change
                : change + " [" + AlertRaiser.percent(a.changeLowPct()) + ", " + AlertRaiser.percent(a.changeHighPct())
                        + "]";
    }

    /** The facts beside the title, as label and value pairs in order. */
    static String[][] facts(StoredAlert a) {
        return new String[][] {
            {"alert", "#" + a.id() + " (" + a.state() + ")"},
            {"series", a.series().name()},
            {"machine", a.series().machine() + ", profile " + a.series().profile()},
            {
                "change",
                change(a)
                        + (a.baselineValue() == null
                                ? ""
                                : " (" + number(a.baselineValue()) + " → " + number(a.value()) + ", against "
                                        + a.baselineRuns() + " runs)")
            },
            {"commit", a.commit() == null ? "unknown" : a.commit()},
            {"run", a.lastRunId()}
        };
    }

    /** The facts of a notice: its alert's, and where the time went when its run was profiled. */
    static String[][] facts(Notice n) {
        String[][] facts = facts(n.alert());
        if (n.where() == null) {
            return facts;
        }
        String[][] all = java.util.Arrays.copyOf(facts, facts.length + 1);
        all[facts.length] = new String[] {"where the time went", n.where()};
        return all;
    }

    /** The message as plain text. */
    static String plain(Notice n) {
        StringBuilder out = new StringBuilder(title(n)).append("\n\n");
        for (String[] f : facts(n)) {
            out.append(f[0]).append(": ").append(f[1]).append('\n');
        }
        return out.toString();
    }

    /** The message as GitHub Markdown. */
    static String markdown(Notice n) {
        StringBuilder out =
                new StringBuilder("**").append(markdownEscape(title(n))).append("**\n\n");
        out.append("| | |\n|---|---|\n");
        for (String[] f : facts(n)) {
            out.append("| ")
                    .append(f[0])
                    .append(" | ")
                    .append(markdownEscape(f[1]))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The message as an HTML fragment. */
    static String html(Notice n) {
        StringBuilder out =
                new StringBuilder("<p><strong>").append(htmlEscape(title(n))).append("</strong></p>\n<table>\n");
        for (String[] f : facts(n)) {
            out.append("<tr><th align=\"left\">")
                    .append(htmlEscape(f[0]))
                    .append("</th><td>")
                    .append(htmlEscape(f[1]))
                    .append("</td></tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    /** Slack mrkdwn: its three control characters as entities, as Slack asks. */
    static String slackEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** GitHub Markdown: every punctuation character that could start markup, and the pipes of a table, escaped. */
    static String markdownEscape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]<>()#+-.!|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    static String htmlEscape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** At most {@code max} characters: Slack and GitHub refuse longer texts in some fields. */
    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String number(Double v) {
        return v == null ? "?" : String.format(Locale.ROOT, "%.4g", v);
    }
}
