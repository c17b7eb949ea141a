package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rfcc.distribution.DevToolsConnection.JSON;

import org.junit.jupiter.api.Test;

/** Which DevTools events count as console errors and network requests, on events as Chromium 150 sends them. */
final class PageEventsTest {
    private static final String PAGE = "file:///tmp/report/benchmark_report.html";

    private final PageEvents events = new PageEvents(PAGE);

    @Test
    void accept_consoleErrorAndFailedAssert_areErrors_otherConsoleCallsAreNot() throws Exception {
        event("Runtime.consoleAPICalled", "{\"type\":\"error\",\"args\":[{\"type\":\"string\",\"value\":\"x\"}]}");
        event(
                "Runtime.consoleAPICalled",
                "{\"type\":\"assert\",\"args\":[{\"type\":\"object\",\"description\":\"Object\"}]}");
        event("Runtime.consoleAPICalled", "{\"type\":\"warning\",\"args\":[{\"type\":\"string\",\"value\":\"w\"}]}");
        event("Runtime.consoleAPICalled", "{\"type\":\"log\",\"args\":[{\"type\":\"string\",\"value\":\"l\"}]}");

        assertThat(events.page().consoleErrors()).containsExactly("console.error: x", "console.assert: Object");
    }

    @Test
    void accept_uncaughtException_isAnErrorWithItsDescriptionAndLine() throws Exception {
        event(
                "Runtime.exceptionThrown",
                "{\"exceptionDetails\":{\"text\":\"Uncaught\",\"lineNumber\":0,\"url\":\"" + PAGE
                        + "\",\"exception\":{\"description\":\"Error: boom\"}}}");
        event("Runtime.exceptionThrown", "{\"exceptionDetails\":{\"text\":\"Uncaught 42\",\"lineNumber\":4}}");

        assertThat(events.page().consoleErrors())
                .containsExactly("uncaught Error: boom at " + PAGE + ":1", "uncaught Uncaught 42 at ?:5");
    }

    @Test
    void accept_logEntry_onlyLevelErrorCounts() throws Exception {
        event(
                "Log.entryAdded",
                "{\"entry\":{\"level\":\"error\",\"source\":\"network\",\"text\":\"Failed to load"
                        + " resource\",\"url\":\"http://127.0.0.1:1/x.png\"}}");
        event("Log.entryAdded", "{\"entry\":{\"level\":\"warning\",\"source\":\"violation\",\"text\":\"slow\"}}");

        assertThat(events.page().consoleErrors())
                .containsExactly("log network: Failed to load resource http://127.0.0.1:1/x.png");
    }

    @Test
    void accept_requests_excludeThePageItselfAndDataUrls() throws Exception {
        for (String url : new String[] {
            PAGE,
            PAGE + "#plots",
            "data:image/png;base64,AA==",
            "http://example.org/a.js",
            "https://cdn.test/b.css",
            "file:///tmp/report/other.svg"
        }) {
            event("Network.requestWillBeSent", "{\"request\":{\"url\":\"" + url + "\"}}");
        }

        assertThat(events.page().networkRequests())
                .containsExactly("http://example.org/a.js", "https://cdn.test/b.css", "file:///tmp/report/other.svg");
        assertThat(events.page().consoleErrors()).isEmpty();
    }

    @Test
    void accept_loadEventFired_completesLoaded() throws Exception {
        event("Page.domContentEventFired", "{}");
        assertThat(events.loaded()).isNotDone();

        event("Page.loadEventFired", "{\"timestamp\":1.0}");

        assertThat(events.loaded()).isDone();
    }

    private void event(String method, String params) throws Exception {
        events.accept(JSON.createObjectNode().put("method", method).set("params", JSON.readTree(params)));
    }
}
