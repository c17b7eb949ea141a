package org.rfcc.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rfcc.bench.store.HistoryStore;
import org.rfcc.bench.store.RunSummary;
import org.rfcc.bench.store.TestBackend;

/**
 * 50 clients on loopback post 20 runs each at once, as CI runners on many machines feed one history: every run is
 * stored exactly once, and each client is told so. Bounded: 1,000 posts to 127.0.0.1 within the test's timeout.
 */
abstract class LoadContract {
    static final int CLIENTS = 50;
    static final int RUNS_EACH = 20;

    @TempDir
    Path dir;

    abstract TestBackend backend(Path dir);

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void fiftyClientsPostingTwentyRunsEach_storeAThousand_noneLostNoneTwice() throws Exception {
        try (TestBackend backend = backend(dir)) {
            backend.fresh().close();
            try (Served served = new Served(backend.lastUrl(), dir)) {
                Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                List<Future<List<String>>> clients = new ArrayList<>();
                long start = System.nanoTime();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    clients.add(pool.submit(() -> {
                        List<String> ids = new ArrayList<>();
                        for (int r = 0; r < RUNS_EACH; r++) {
                            int i = client * RUNS_EACH + r;
                            String body = Served.json(Served.run(
                                    "load-" + i,
                                    t0.plusSeconds(60L * i),
                                    Served.commit(i),
                                    "main",
                                    1000 + i % 7,
                                    "load",
                                    "Bench" + client % 5 + ".run",
                                    java.util.Map.of("n", r % 3),
                                    "score",
                                    "runner-" + client % 10));
                            HttpResponse<String> answer = served.post("/api/runs", body, served.token);
                            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                            ids.add(answer.body());
                        }
                        return ids;
                    }));
                }
                Set<String> answered = new HashSet<>();
                for (Future<List<String>> f : clients) {
                    answered.addAll(f.get(10, TimeUnit.MINUTES));
                }
                pool.shutdown();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "[load] %s: %d runs posted by %d clients in %.1f s (%.0f runs/s)%n",
                        getClass().getSimpleName(),
                        CLIENTS * RUNS_EACH,
                        CLIENTS,
                        seconds,
                        CLIENTS * RUNS_EACH / seconds);
                assertThat(answered).hasSize(CLIENTS * RUNS_EACH);
                try (HistoryStore store = org.rfcc.bench.store.Stores.open(backend.lastUrl())) {
                    List<RunSummary> runs = store.runs(null);
                    assertThat(runs).hasSize(CLIENTS * RUNS_EACH);
                    assertThat(runs.stream().map(RunSummary::runId).distinct()).hasSize(CLIENTS * RUNS_EACH);
                }
            }
        }
    }
}
