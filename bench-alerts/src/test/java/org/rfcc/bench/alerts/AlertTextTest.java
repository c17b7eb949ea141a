package org.rfcc.bench.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredAlert;

/** Benchmark names go into Slack mrkdwn, GitHub Markdown and HTML mail escaped, whatever they hold. */
final class AlertTextTest {
    private static final String NASTY = "<script>alert('x')</script>*_|[link](http://evil)&amp;";

    private static Notice notice() {
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        SeriesKey series = new SeriesKey("org.example." + NASTY, "b`c", Map.of("p", "<b>"), "score", "fp", "jmh");
        return new Notice(
                7,
                new StoredAlert(
                        3,
                        "regression",
                        series,
                        "open",
                        "critical",
                        "r",
                        t,
                        "r",
                        null,
                        null,
                        t,
                        100.0,
                        130.0,
                        30.0,
                        20.0,
                        40.0,
                        1e-6,
                        20,
                        1,
                        false,
                        t,
                        t,
                        null,
                        null),
                "opened");
    }

    @Test
    void slack_escapesItsControlCharacters_inTheMrkdwnTexts_andTheHeaderIsPlainText() throws Exception {
        var body = Json.MAPPER.readTree(Json.compact(SlackChannel.body(notice(), null)));

        assertThat(body.path("text").asText()).doesNotContain("<script>").contains("&lt;script&gt;", "&amp;amp;");
        for (var field : body.path("blocks").get(1).path("fields")) {
            assertThat(field.path("type").asText()).isEqualTo("mrkdwn");
            assertThat(field.path("text").asText()).doesNotContain("<script>", "<b>");
        }
        // plain_text is never parsed for markup or links
        assertThat(body.path("blocks").get(0).path("text").path("type").asText())
                .isEqualTo("plain_text");
    }

    @Test
    void markdown_escapesWhatCouldStartMarkup_andHtml_escapesTags() {
        String md = AlertText.markdown(notice());
        String html = AlertText.html(notice());

        assertThat(md).doesNotContain("<script>", "[link](", "<b>").contains("\\<script\\>", "\\*\\_\\|");
        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&#39;x&#39;", "&amp;amp;");
        assertThat(AlertText.plain(notice())).contains("<script>"); // plain text is plain
    }
}
