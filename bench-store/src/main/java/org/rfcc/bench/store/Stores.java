package org.rfcc.bench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens a {@link HistoryStore} from a JDBC URL and brings its schema up to date. */
public final class Stores {
    /** The version of the newest migration, the schema this code reads and writes. */
    static final String SCHEMA_VERSION = "8";

    /** How long a SQLite writer waits for another process's lock, in ms. */
    static final int BUSY_TIMEOUT_MS = 30_000;
    /** SQLite's page cache per connection, in KiB: the inner pages of a long history stay in memory. */
    private static final int CACHE_KIB = 32 * 1024;

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
        try {
            if (backend == Backend.SQLITE) {
                String file = url.substring(backend.prefix.length());
                createParent(file);
                SQLiteDataSource source = sqlite(url);
                Connection connection = source.getConnection();
                if (!current(connection, url)) {
                    migrateExclusively(file, () -> migrate(source, backend));
                }
                return new JdbcHistoryStore(connection, backend);
            }
            Connection connection = DriverManager.getConnection(url);
            if (!current(connection, url)) {
                flyway(backend).dataSource(url, null, null).load().migrate();
            }
            return new JdbcHistoryStore(connection, backend);
        } catch (FlywayException | SQLException e) {
            throw new StoreException("cannot open the history at " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when the schema is at {@value #SCHEMA_VERSION} and its last migration succeeded, so
     * that opening a store need not load Flyway (half a second); an older schema goes through
     * Flyway, which migrates it or says what is wrong. A newer one is refused: this code would
     * misread what a newer version stores.
     */
    private static boolean current(Connection connection, String url) throws SQLException {
        String version;
        boolean success;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                        + " ORDER BY installed_rank DESC LIMIT 1")) {
            if (!rs.next()) {
                return false;
            }
            version = rs.getString(1);
            success = rs.getBoolean(2);
        } catch (SQLException e) {
            return false; // a new store: no history table yet
        }
        if (major(version) > major(SCHEMA_VERSION)) {
            connection.close();
            throw new StoreException("cannot open the history at " + redact(url) + ": it is of schema version "
                    + version + ", newer than this rfcc-bench's " + SCHEMA_VERSION
                    + "; open it with the rfcc-bench that wrote it, or a newer one");
        }
        return SCHEMA_VERSION.equals(version) && success;
    }

    /** The whole part of a migration version ("3" of "3.2"); 0 for a baseline without one. */
    private static int major(String version) {
        try {
            return version == null ? 0 : Integer.parseInt(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Every SQLite connection, Flyway's included: WAL, a long busy timeout, foreign keys on, and transactions that take
     * the write lock as they begin ({@code BEGIN IMMEDIATE}). A deferred one that reads first and then writes fails at
     * once, past any busy timeout, when another process committed in between; only writes open transactions here.
     */
    private static SQLiteDataSource sqlite(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(-CACHE_KIB); // negative: KiB, not pages
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    /**
     * Migrates a SQLite store; when an older one was migrated, vacuums it, for SQLite keeps the pages of dropped tables
     * (a v2 store of 66 MB is 9 MB in v3 only once vacuumed).
     */
    private static void migrate(SQLiteDataSource source, Backend backend) {
        MigrateResult result = flyway(backend).dataSource(source).load().migrate();
        if (result.initialSchemaVersion != null && result.migrationsExecuted > 0) {
            try (Connection c = source.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("VACUUM");
            } catch (SQLException e) {
                throw new StoreException("migrated the history, but could not compact it: " + e.getMessage(), e);
            }
        }
    }

    /** The migrations of {@code backend}: its SQL scripts, and the Java ones both back-ends share. */
    static FluentConfiguration flyway(Backend backend) {
        // grouped: the pending migrations are one transaction, so a store is either migrated or as it was
        return Flyway.configure()
                .locations(backend.migrations)
                .javaMigrations(new CanonicalSeriesMigration(), new PackedResultsMigration())
                .group(true)
                .loggers("slf4j");
    }

    /**
     * Runs {@code migration} holding an exclusive lock on a file beside the database, so that two
     * processes opening a new SQLite file at once do not both create its schema (PostgreSQL
     * migrations are serialised by Flyway's own advisory lock).
     */
    private static void migrateExclusively(String file, Runnable migration) {
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            migration.run();
            return;
        }
        Path db = Path.of(file).toAbsolutePath();
        Path lockFile = db.resolveSibling(db.getFileName() + ".migrate.lock");
        // Closing the channel releases the lock.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock();
            migration.run();
        } catch (IOException e) {
            throw new StoreException("cannot lock " + lockFile + " to migrate the history: " + e.getMessage(), e);
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
