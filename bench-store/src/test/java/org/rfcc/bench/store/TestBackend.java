package org.rfcc.bench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/** A kind of history for the contract tests: each {@link #fresh()} is a new, empty one. */
public interface TestBackend extends AutoCloseable {
    /** The environment variable naming a PostgreSQL server the tests may create databases on. */
    String PG_ENV = "RFCC_BENCH_TEST_PG_URL";

    /** A new, empty history. */
    HistoryStore fresh();

    /** The URL of the last {@link #fresh()} history. */
    String lastUrl();

    /** True for PostgreSQL. */
    boolean postgres();

    @Override
    void close();

    /** SQLite files under {@code dir}. */
    static TestBackend onSqlite(Path dir) {
        return new TestBackend() {
            private String last;

            @Override
            public HistoryStore fresh() {
                last = "jdbc:sqlite:" + dir.resolve(UUID.randomUUID() + "/history.db");
                return Stores.open(last);
            }

            @Override
            public String lastUrl() {
                return last;
            }

            @Override
            public boolean postgres() {
                return false;
            }

            @Override
            public void close() {}
        };
    }

    /**
     * Databases of their own on the server that {@value #PG_ENV} names, each created for one test
     * and dropped on close: the tests never touch a database they did not make. Without the
     * variable the tests are skipped, except where {@code CI} is set: there they fail.
     */
    static TestBackend onPostgres() {
        String admin = System.getenv(PG_ENV);
        if (admin == null && System.getenv("CI") != null) {
            throw new IllegalStateException(PG_ENV + " is not set; .ci/run starts a PostgreSQL server and sets it");
        }
        Assumptions.assumeTrue(admin != null, PG_ENV + " is not set: no PostgreSQL server to test against");
        return new TestBackend() {
            private final List<String> made = new ArrayList<>();

            @Override
            public HistoryStore fresh() {
                String name = "rfcc_bench_it_"
                        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
                execute(admin, "CREATE DATABASE " + name);
                made.add(name);
                return Stores.open(lastUrl());
            }

            @Override
            public String lastUrl() {
                String name = made.get(made.size() - 1);
                return admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
            }

            @Override
            public boolean postgres() {
                return true;
            }

            @Override
            public void close() {
                for (String name : made) {
                    drop(admin, name);
                }
                made.clear();
            }
        };
    }

    /**
     * Drops database {@code name}, waiting out an autovacuum worker that a test's writes woke in it:
     * {@code WITH (FORCE)} may not end a process of the server's own, and the worker soon ends.
     */
    private static void drop(String admin, String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (IllegalStateException e) {
                if (attempt == 40 || !e.getMessage().contains("pg_signal_backend")) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + Stores.redact(url) + ": " + e.getMessage(), e);
        }
    }
}
