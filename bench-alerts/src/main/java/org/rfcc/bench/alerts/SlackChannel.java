package org.rfcc.bench.alerts;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.Json;

/**
 * A Slack incoming webhook ({@code RFCC_BENCH_SLACK_WEBHOOK_URL}): Block Kit sections, a header with the
 * level and a field for each fact, every text escaped for mrkdwn, the commit a link to it where the
 * repository is known ({@code GITHUB_REPOSITORY}, on {@code GITHUB_SERVER_URL}); {@code text} carries the
 * title for notifications and clients without blocks.
 */
final class SlackChannel implements Channel {
    private final URI url;
    private final String commits;

    /** @param commits where a commit is shown, the commit id appended ({@code https://github.com/o/r/commit/}), or null */
    SlackChannel(URI url, String commits) {
        this.url = url;
        this.commits = commits;
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void send(Notice notice) throws DeliveryException {
        Http.send("POST", url, Map.of(), Json.compact(body(notice, commits)));
    }

    static Map<String, Object> body(Notice notice, String commits) {
        List<Object> blocks = new ArrayList<>();
        blocks.add(Map.of(
                "type",
                "header",
                "text",
                Map.of("type", "plain_text", "text", AlertText.clip(AlertText.title(notice), 150))));
        List<Object> fields = new ArrayList<>();
        String commit = notice.alert().commit();
        for (String[] f : AlertText.facts(notice)) {
            String value = f[0].equals("commit") && commit != null && commits != null
                    ? "<" + commits + commit + "|" + commit.substring(0, 10) + ">" // a link, as Slack writes one
                    : AlertText.clip(AlertText.slackEscape(f[1]), 1900);
            fields.add(Map.of("type", "mrkdwn", "text", "*" + f[0] + "*\n" + value));
        }
        blocks.add(Map.of("type", "section", "fields", fields));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", AlertText.slackEscape(AlertText.title(notice)));
        body.put("blocks", blocks);
        return body;
    }
}
