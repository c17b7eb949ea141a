package org.rfcc.bench.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rfcc.bench.model.BenchmarkResult;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.Metric;
import org.rfcc.bench.model.Status;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.runner.Plan;
import org.rfcc.bench.runner.RunListener;

/**
 * {@code run --live URL}: tells a dashboard of a run's progress while it runs, benchmark by benchmark
 * ({@code POST URL/api/live}, with the write token). The events go in order from one thread of their own, each
 * within {@value #TIMEOUT_SECONDS} s; a dashboard that is down or slow never slows or fails the run: the first
 * failure is said in one line, and the run goes on.
 */
public final class LiveFeed implements RunListener {
    /** The environment variable of the dashboard's URL when {@code --live} is not given. */
    public static final String URL_ENV = "RFCC_BENCH_LIVE_URL";
    /** The environment variable of the write token. */
    public static final String TOKEN_ENV = "RFCC_BENCH_TOKEN";

    private static final int TIMEOUT_SECONDS = 2;

    private final RunListener inner;
    private final URI endpoint;
    private final String token;
    private final Console console;
    private final String liveId = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
            .build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rfcc-bench-live");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean warned = new AtomicBoolean();

    private LiveFeed(RunListener inner, URI endpoint, String token, Console console) {
        this.inner = inner;
        this.endpoint = endpoint;
        this.token = token;
        this.console = console;
    }

    /**
     * {@code console}, its progress also posted to the dashboard at {@code url} (else {@value #URL_ENV}); the console
     * itself when neither names one.
     */
    public static Console around(Console console, String url, Map<String, String> env) {
        String chosen = url != null ? url : env.get(URL_ENV);
        if (chosen == null || chosen.isBlank()) {
            return console;
        }
        URI endpoint;
        try {
            endpoint = URI.create(chosen.replaceAll("/+$", "") + "/api/live");
        } catch (IllegalArgumentException e) {
            throw new UserException("--live is not a URL: '" + chosen + "'");
        }
        if (!List.of("http", "https").contains(String.valueOf(endpoint.getScheme()))) {
            throw new UserException("--live must be an http or https URL, got '" + chosen + "'");
        }
        LiveFeed feed = new LiveFeed(console.progress(), endpoint, env.get(TOKEN_ENV), console);
        return new Console() {
            @Override
            public RunListener progress() {
                return feed;
            }

            @Override
            public void note(String line) {
                console.note(line);
            }

            @Override
            public void warn(String line) {
                console.warn(line);
            }
        };
    }

    @Override
    public void planned(List<Plan> plans) {
        inner.planned(plans);
        Map<String, Object> event = event("planned", -1, plans.size(), null);
        event.put("benchmarks", plans.stream().map(Plan::label).toList());
        post(event);
    }

    @Override
    public void started(int index, int total, Plan plan) {
        inner.started(index, total, plan);
        post(event("started", index, total, plan));
    }

    @Override
    public void finished(int index, int total, Plan plan, BenchmarkResult result, double seconds) {
        inner.finished(index, total, plan, result, seconds);
        Map<String, Object> event = event(index + 1 == total ? "done" : "finished", index, total, plan);
        event.put("status", result.status().name().toLowerCase(Locale.ROOT));
        event.put("seconds", seconds);
        if (result.status() == Status.OK && !result.metrics().isEmpty()) {
            var first = result.metrics().entrySet().iterator().next();
            Metric m = first.getValue();
            event.put("metric", first.getKey());
            event.put("value", m.value());
            event.put("unit", m.unit());
        } else if (result.error() != null) {
            event.put("error", result.error());
        }
        post(event);
        if (index + 1 == total) {
            drain();
        }
    }

    private Map<String, Object> event(String kind, int index, int total, Plan plan) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("live_id", liveId);
        event.put("event", kind);
        event.put("index", index);
        event.put("total", total);
        if (plan != null) {
            event.put("benchmark", plan.label());
        }
        return event;
    }

    private void post(Map<String, Object> event) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.compact(event)));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            sender.execute(() -> send(request.build()));
        } catch (RejectedExecutionException e) {
            // the run's last benchmark has been told already: a later phase of it goes unseen
        }
    }

    private void send(HttpRequest request) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                failed("HTTP " + answer.statusCode() + " " + answer.body().strip());
            }
        } catch (IOException e) {
            failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(String why) {
        if (warned.compareAndSet(false, true)) {
            console.warn("the live dashboard at " + endpoint + " did not take the run's progress (" + why
                    + "); the run goes on without it");
        }
    }

    /** Waits a moment for the last events, so that the dashboard hears how the run ended. */
    private void drain() {
        sender.shutdown();
        try {
            sender.awaitTermination(2L * TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
