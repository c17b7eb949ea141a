package org.rfcc.bench.alerts;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.Json;

/**
 * A Slack incoming webhook ({@code RFCC_BENCH_SLACK_WEBHOOK_URL}): Block Kit sections, a header with the
 * level and a field for each fact, every text escaped for mrkdwn; {@code text} carries the title for
 * notifications and clients without blocks.
 */
final class SlackChannel implements Channel {
    private final URI url;

    SlackChannel(URI url) {
        this.url = url;
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void send(Notice notice) throws DeliveryException {
        Http.send("POST", url, Map.of(), Json.compact(body(notice)));
    }

    static Map<String, Object> body(Notice notice) {
        List<Object> blocks = new ArrayList<>();
        blocks.add(Map.of(
                "type",
                "header",
                "text",
                Map.of("type", "plain_text", "text", AlertText.clip(AlertText.title(notice), 150))));
        List<Object> fields = new ArrayList<>();
        for (String[] f : AlertText.facts(notice.alert())) {
            fields.add(Map.of(
                    "type", "mrkdwn", "text", "*" + f[0] + "*\n" + AlertText.clip(AlertText.slackEscape(f[1]), 1900)));
        }
        blocks.add(Map.of("type", "section", "fields", fields));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", AlertText.slackEscape(AlertText.title(notice)));
        body.put("blocks", blocks);
        return body;
    }
}
