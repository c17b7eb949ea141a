package org.rfcc.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rfcc.bench.app.Alerting;
import org.rfcc.bench.app.Dashboard;
import org.rfcc.bench.model.Defaults;
import org.rfcc.bench.model.Direction;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.store.StoreException;
import org.rfcc.bench.store.ingest.Labels;

/**
 * {@code rfcc-bench dashboard}: the pages, the REST API (CONTRACT.md) and the live events, served by Javalin on Jetty
 * from one open history. Reads are public; writes need {@code Authorization: Bearer TOKEN}. Every answer carries a
 * Content-Security-Policy that allows nothing from another host and no inline script, and no CORS header: another
 * origin can neither read the API from a browser nor write to it.
 */
public final class DashboardServer implements AutoCloseable {
    /** The largest request body by default: 16 MB, a long JMH file. */
    public static final long MAX_BODY = 16L * 1024 * 1024;
    /** The most series one trends request returns. */
    static final int MAX_TRENDS = 1_000;
    /** The newest points of each series a trends request returns by default. */
    static final int TREND_POINTS = 100;

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final Dashboard dashboard;
    private final Live live = new Live();
    private final String host;
    private final long maxBody;

    /**
     * How to serve.
     *
     * @param bind the address to listen on (loopback by default)
     * @param port the port; 0 for any free one
     * @param maxBody the largest request body, in bytes
     */
    public record Options(String bind, int port, long maxBody) {}

    private DashboardServer(Dashboard dashboard, Options options) {
        this.dashboard = dashboard;
        this.maxBody = options.maxBody();
        this.host = options.bind();
        this.app = Javalin.create(config -> configure(config, options));
    }

    /**
     * Serves {@code dashboard} as {@code options} say, until {@link #close()}.
     *
     * @throws UserException when the address cannot be bound (a port in use, an unknown address)
     */
    public static DashboardServer start(Dashboard dashboard, Options options) {
        DashboardServer server = new DashboardServer(dashboard, options);
        try {
            server.app.start(options.bind(), options.port());
        } catch (RuntimeException e) {
            server.app.stop();
            throw new UserException("cannot listen on " + options.bind() + ":" + options.port() + ": "
                    + (hasCause(e, BindException.class) ? "the port is in use" : oneLine(e)));
        }
        return server;
    }

    /** Whether {@code bind} is a loopback address, the only kind the dashboard binds to unless told. */
    public static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UserException("--bind is not an address: '" + bind + "'");
        }
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** Its base URL. */
    public URI url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    private void configure(JavalinConfig config, Options options) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBody();
        var routes = config.routes;
        routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cache-Control", "no-store");
        });
        for (String page : Pages.NAMES) {
            routes.get("/" + (page.equals("index") ? "" : page), ctx -> page(ctx, page));
            routes.get("/" + page + ".html", ctx -> page(ctx, page));
        }
        routes.get("/assets/{file}", this::asset);
        routes.get("/health", ctx -> json(ctx, Map.of("status", "ok", "runs", dashboard.runCount())));
        routes.get(
                "/api/openapi.json", ctx -> ctx.contentType("application/json").result(Pages.openApi()));
        routes.get("/api/overview", ctx -> json(ctx, dashboard.overview()));
        routes.get("/api/runs", ctx -> json(ctx, dashboard.runs(intParam(ctx, "limit", Dashboard.RUNS, 1))));
        routes.get("/api/runs/{id}", ctx -> json(ctx, found(dashboard.run(ctx.pathParam("id")), "run")));
        routes.get("/api/series", ctx -> json(ctx, dashboard.series(Queries.filter(ctx.queryParamMap()))));
        routes.get(
                "/api/series/{id}/points",
                ctx -> json(
                        ctx,
                        found(
                                dashboard.points(
                                        longPath(ctx, "id"), ctx.queryParam("branch"), intParam(ctx, "newest", 0, 0)),
                                "series")));
        routes.get("/api/trends", this::trends);
        routes.get(
                "/api/alerts",
                ctx -> json(
                        ctx,
                        dashboard.alerts(
                                Optional.ofNullable(ctx.queryParam("state")).orElse("all"))));
        routes.get("/api/compare", this::compare);
        routes.get(
                "/api/resources",
                ctx -> json(ctx, Map.of("newest", dashboard.resources(), "series", dashboard.resourceSeries())));
        routes.get("/api/live", ctx -> json(ctx, live.runs()));
        routes.sse("/api/events", live::join);
        routes.post("/api/runs", this::postRun);
        for (String move : List.of("ack", "expected", "dismiss", "resolve")) {
            routes.post("/api/alerts/{id}/" + move, ctx -> moveAlert(ctx, move));
        }
        routes.post("/api/live", this::postLive);
        routes.exception(UserException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        routes.exception(Unauthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            error(ctx, 401, e.getMessage());
        });
        routes.exception(TooLarge.class, (e, ctx) -> error(ctx, 413, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), statusLine(e)));
        routes.exception(StoreException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + oneLine(e)));
    }

    private static String statusLine(HttpResponseException e) {
        return e.getStatus() == 413 ? TooLarge.MESSAGE : e.getMessage();
    }

    private void page(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(Pages.page(page));
    }

    private void asset(Context ctx) {
        Pages.Asset asset =
                Pages.asset(ctx.pathParam("file")).orElseThrow(() -> new NotFound("no asset " + ctx.pathParam("file")));
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private void trends(Context ctx) {
        json(
                ctx,
                dashboard.trends(
                        Queries.filter(ctx.queryParamMap()),
                        ctx.queryParam("branch"),
                        intParam(ctx, "newest", TREND_POINTS, 0),
                        MAX_TRENDS));
    }

    private void compare(Context ctx) {
        String base = required(ctx, "base");
        String head = required(ctx, "head");
        String param = ctx.queryParam("param");
        json(
                ctx,
                param == null
                        ? dashboard.compare(base, head)
                        : dashboard.compareParam(required(ctx, "run"), param, base, head));
    }

    private void postRun(Context ctx) {
        writer(ctx);
        byte[] body = body(ctx);
        if (body.length == 0) {
            throw new BadRequest("the body is empty; post a run record, JMH JSON or github-action-benchmark JSON");
        }
        Labels labels;
        Direction gab;
        try {
            labels = new Labels(ctx.queryParam("commit"), ctx.queryParam("branch"), ctx.queryParam("machine"), null);
            gab = Direction.of(
                    Optional.ofNullable(ctx.queryParam("gab_direction")).orElse(Defaults.GAB_DIRECTION_TEXT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage().replaceFirst("^--", "the query parameter "));
        }
        Dashboard.Posted posted = dashboard.post(body, labels, gab);
        if (posted.created()) {
            live.stored(posted.runId());
        }
        ctx.status(posted.created() ? 201 : 200);
        json(ctx, Map.of("run_id", posted.runId()));
    }

    private void moveAlert(Context ctx, String move) {
        String by = writer(ctx);
        String note = null;
        byte[] body = body(ctx);
        if (body.length > 0) {
            note = tree(body).path("note").asText(null);
        }
        Alerting.Move m = Alerting.Move.valueOf(move.toUpperCase(Locale.ROOT));
        json(ctx, dashboard.move(longPath(ctx, "id"), m, by, note, Instant.now()));
        live.alertMoved(longPath(ctx, "id"));
    }

    private void postLive(Context ctx) {
        writer(ctx);
        JsonNode event = tree(body(ctx));
        if (!event.path("live_id").isTextual() || !event.path("event").isTextual()) {
            throw new BadRequest("a live event needs \"live_id\" and \"event\" (text)");
        }
        live.event(event);
        ctx.status(202);
        json(ctx, Map.of("accepted", true));
    }

    /**
     * The request's body, read no further than the limit: a body that declares more is refused before a byte of it
     * is read (so that a client that waits for "100 Continue" sends none), and one sent in chunks without a length is
     * cut off where it passes the limit.
     */
    private byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBody) {
            throw new TooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (read.length > maxBody) {
                throw new TooLarge();
            }
            return read;
        } catch (IOException e) {
            throw new BadRequest("cannot read the body: " + oneLine(e));
        }
    }

    /** The name of the request's valid token; 401 without one. */
    private String writer(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Unauthorized("writes need 'Authorization: Bearer TOKEN' (rfcc-bench tokens create NAME)");
        }
        return dashboard
                .tokenName(auth.substring(7).trim())
                .orElseThrow(() -> new Unauthorized("the token is not valid (unknown or revoked)"));
    }

    private static JsonNode tree(byte[] body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new BadRequest("the body is not JSON: " + oneLine(e));
        }
    }

    private static <T> T found(Optional<T> value, String what) {
        return value.orElseThrow(() -> new NotFound("no such " + what));
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new BadRequest("the query parameter '" + name + "' is needed");
        }
        return value;
    }

    private static int intParam(Context ctx, String name, int fallback, int least) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < least) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("the query parameter '" + name + "' must be a whole number of at least " + least
                    + ", got '" + value + "'");
        }
    }

    private static long longPath(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + value + "' is not an id (a whole number)");
        }
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.compact(value));
    }

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", oneLine(message));
        ctx.status(status).contentType("application/json").result(Json.compact(body));
    }

    private static String oneLine(Throwable e) {
        return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        live.close();
        app.stop();
    }

    /** A request the API cannot take: 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** A body over the limit: 413. */
    static final class TooLarge extends RuntimeException {
        static final String MESSAGE = "the body is larger than this dashboard takes (--max-body)";

        TooLarge() {
            super(MESSAGE);
        }
    }

    /** Nothing at that id: 404. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** A write without a valid token: 401. */
    static final class Unauthorized extends RuntimeException {
        Unauthorized(String message) {
            super(message);
        }
    }
}
