package org.rfcc.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rfcc.bench.store.TestBackend;

/** The load contract on PostgreSQL (a database of its own, dropped after it), and that database killed mid-way. */
final class LoadIT extends LoadContract {
    @Override
    TestBackend backend(Path dir) {
        return TestBackend.onPostgres();
    }

    @Test
    void theDatabaseKilledMidway_isA503InOneLine_andTheDashboardStaysUp() {
        TestBackend backend = backend(dir);
        try {
            backend.fresh().close();
            try (Served served = new Served(backend.lastUrl(), dir)) {
                assertThat(served.get("/api/runs").statusCode()).isEqualTo(200);
                backend.close(); // DROP DATABASE … WITH (FORCE): the dashboard's connection is ended under it
                DashboardServerTest.assertError(served.get("/api/runs"), 503, "cannot");
                DashboardServerTest.assertError(
                        served.post(
                                "/api/runs",
                                Served.json(Served.run("r", java.time.Instant.now(), Served.commit(1), "main", 1)),
                                served.token),
                        503,
                        "cannot");
                assertThat(served.get("/assets/app.js").statusCode())
                        .as("still serving")
                        .isEqualTo(200);
            }
        } finally {
            backend.close();
        }
    }
}
