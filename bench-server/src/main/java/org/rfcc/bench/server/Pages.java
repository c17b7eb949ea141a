package org.rfcc.bench.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's pages and assets, all from the jar: its own HTML, script and style, and uPlot from its WebJar. A
 * page is a shell whose script fetches the API (or, in the static site, its JSON files) and builds the page with
 * {@code textContent}, so that no text of the history is ever parsed as HTML.
 */
final class Pages {
    /** The pages: {@code index} is {@code /}. */
    static final List<String> NAMES = List.of("index", "trends", "compare", "alerts", "resources", "run");

    private static final String WEB = "/org/rfcc/bench/server/web/";
    private static final Map<String, String> TYPES =
            Map.of("js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");
    private static final Map<String, Optional<Asset>> ASSETS = new ConcurrentHashMap<>();

    /** An asset's bytes and content type. */
    record Asset(String name, byte[] bytes, String type) {}

    private Pages() {}

    private static final Map<String, String> TITLES = Map.of(
            "index", "Overview",
            "trends", "Trends",
            "compare", "Compare",
            "alerts", "Alerts",
            "resources", "Resources",
            "run", "Run");

    /** The page {@code name}: the one shell, told which page it is. */
    static String page(String name) {
        return text(WEB + "page.html").replace("{{page}}", name).replace("{{title}}", TITLES.get(name));
    }

    /** The OpenAPI description of the API. */
    static String openApi() {
        return text(WEB + "openapi.json");
    }

    /** The asset {@code file}: app.js, style.css, uPlot.iife.min.js or uPlot.min.css. */
    static Optional<Asset> asset(String file) {
        return ASSETS.computeIfAbsent(file, Pages::load);
    }

    /** Every asset's name. */
    static List<String> assets() {
        return List.of("app.js", "style.css", "uPlot.iife.min.js", "uPlot.min.css");
    }

    private static Optional<Asset> load(String file) {
        if (!assets().contains(file)) {
            return Optional.empty();
        }
        String path = file.startsWith("uPlot") ? uplot() + file : WEB + file;
        return Optional.of(new Asset(file, bytes(path), TYPES.get(file.substring(file.lastIndexOf('.') + 1))));
    }

    /** Where the WebJar keeps uPlot's files, at the version the build put beside us. */
    private static String uplot() {
        Properties pom = new Properties();
        try (InputStream in = Pages.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("uPlot's WebJar is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/META-INF/resources/webjars/uplot/" + pom.getProperty("version") + "/dist/";
    }

    private static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = Pages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
