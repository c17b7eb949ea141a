package org.rfcc.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rfcc.bench.alerts.AlertRaiser;
import org.rfcc.bench.alerts.Channels;
import org.rfcc.bench.alerts.Notifier;
import org.rfcc.bench.model.config.AlertsConfig;
import org.rfcc.bench.store.AlertEvent;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.SeriesKey;
import org.rfcc.bench.store.StoredAlert;
import org.rfcc.bench.store.Stores;

/**
 * {@code alerts notify} with {@code messages} due: one webhook message for each of as many alerts, sent to a receiver
 * on loopback (the JDK's HttpServer, answering 204), each signed and marked delivered in a SQLite history. Run it with
 * {@code java -cp 'distribution/target/app/lib/*' org.openjdk.jmh.Main NotifyBenchmark -f 1 -wi 1 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class NotifyBenchmark {
    @Param("1000")
    public int messages;

    private Path dir;
    private HistoryStore store;
    private HttpServer receiver;
    private Map<String, String> env;
    private AlertsConfig config;
    private Instant now = Instant.parse("2026-11-01T10:00:00Z");

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("rfcc-notify-bench");
        store = Stores.open("jdbc:sqlite:" + dir.resolve("history.db"));
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(2));
        receiver.start();
        env = Map.of(
                "RFCC_BENCH_WEBHOOK_URL",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "RFCC_BENCH_WEBHOOK_SECRET",
                "s3cret");
        AlertsConfig defaults = AlertsConfig.defaults();
        config = new AlertsConfig(
                defaults.classes(),
                defaults.overrides(),
                defaults.falseDiscoveryRate(),
                defaults.minForks(),
                defaults.notification().withChannels(List.of("webhook")));
    }

    /** Queues {@code messages} new alerts' messages, due now. */
    @Setup(Level.Iteration)
    public void queue() {
        now = now.plusSeconds(3600);
        Instant at = now;
        store.inTransaction(() -> {
            for (int i = 0; i < messages; i++) {
                SeriesKey series = new SeriesKey("suite", "benchmark_" + i, Map.of(), "score", "fp", "jmh");
                store.alerts()
                        .open(
                                new StoredAlert(
                                        0,
                                        "regression",
                                        series,
                                        "open",
                                        "warning",
                                        "r",
                                        at,
                                        "r",
                                        null,
                                        null,
                                        at,
                                        100.0,
                                        120.0,
                                        20.0,
                                        15.0,
                                        25.0,
                                        1e-6,
                                        20,
                                        1,
                                        false,
                                        at,
                                        at,
                                        null,
                                        null),
                                new AlertEvent(at, "opened", AlertRaiser.SELF, null, "r"),
                                List.of("webhook"));
            }
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        receiver.stop(0);
        store.close();
    }

    /** Sends every due message; returns how many were delivered. */
    @Benchmark
    public int sendDue() {
        return Notifier.notify(
                        store, config, Channels.from(List.of("webhook"), env).channels(), now, env)
                .delivered();
    }
}
