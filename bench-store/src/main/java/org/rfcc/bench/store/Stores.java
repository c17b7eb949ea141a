package org.rfcc.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Opens a {@link HistoryStore} from a JDBC URL and brings its schema up to date. */
public final class Stores {
    /** The default history: a SQLite file under the working directory. */
    public static final String DEFAULT_URL = "jdbc:sqlite:.rfcc-bench/history.db";
    /** How long a SQLite writer waits for another process's lock, in ms. */
    static final int BUSY_TIMEOUT_MS = 30_000;

    private Stores() {}

    /** The kind of database behind a URL. */
    enum Backend {
        SQLITE("jdbc:sqlite:", "classpath:db/migration/sqlite"),
        POSTGRESQL("jdbc:postgresql:", "classpath:db/migration/postgresql");

        final String prefix;
        final String migrations;

        Backend(String prefix, String migrations) {
            this.prefix = prefix;
            this.migrations = migrations;
        }

        static Backend of(String url) {
            for (Backend b : values()) {
                if (url.startsWith(b.prefix)) {
                    return b;
                }
            }
            throw new StoreException("unsupported store URL '" + url
                    + "'; give jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB?user=…&password=…");
        }
    }

    /** Opens the store at {@code url}, creating and migrating its schema when needed. */
    public static HistoryStore open(String url) {
        Backend backend = Backend.of(url);
        if (backend == Backend.SQLITE) {
            createParent(url.substring(backend.prefix.length()));
        }
        try {
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations(backend.migrations)
                    .loggers("slf4j")
                    .load()
                    .migrate();
            Connection connection = DriverManager.getConnection(url);
            if (backend == Backend.SQLITE) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
                    s.execute("PRAGMA foreign_keys=ON");
                    s.execute("PRAGMA synchronous=NORMAL");
                }
            }
            return new JdbcHistoryStore(connection, backend);
        } catch (FlywayException | SQLException e) {
            throw new StoreException("cannot open the history at " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    private static void createParent(String file) {
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create " + parent + " for the history: " + e.getMessage(), e);
        }
    }

    /** The URL without its password, for messages. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
