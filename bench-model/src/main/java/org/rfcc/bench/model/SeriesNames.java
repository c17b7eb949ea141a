package org.rfcc.bench.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a series is named in flat files: {@code suite/benchmark/metric[k=v,…]} (the names of
 * github-action-benchmark JSON) and {@code k=v;…}. In the first form a backslash escapes the
 * characters that would end a part: {@code / [ ]} in the names, {@code , = [ ]} in the params, and
 * itself; {@link #parse} reads it back.
 */
public final class SeriesNames {
    private SeriesNames() {}

    /** A name taken apart by {@link #parse}. */
    public record Parsed(String suite, String benchmark, String metric, Map<String, Object> params) {}

    /** {@code suite/benchmark/metric[size=1000,mode=fast]}. */
    public static String name(String suite, String benchmark, String metric, Map<String, Object> params) {
        String base = escape(suite, "/[]") + "/" + escape(benchmark, "/[]") + "/" + escape(metric, "/[]");
        if (params.isEmpty()) {
            return base;
        }
        return base
                + params.entrySet().stream()
                        .map(e -> escape(e.getKey(), ",=[]") + "=" + escape(String.valueOf(e.getValue()), ",=[]"))
                        .collect(Collectors.joining(",", "[", "]"));
    }

    /** The params as {@code k=v} pairs in their stable order, joined by {@code separator}. */
    public static String joined(Map<String, Object> params, String separator) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(separator));
    }

    /**
     * The parts of a name that {@link #name} wrote (param values as {@link Params#value} reads
     * them), or empty when {@code name} is not in that form.
     */
    public static Optional<Parsed> parse(String name) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder part = new StringBuilder();
        String key = null;
        boolean inParams = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                if (++i == name.length()) {
                    return Optional.empty();
                }
                part.append(name.charAt(i));
            } else if (!inParams && c == '/') {
                parts.add(part.toString());
                part.setLength(0);
            } else if (!inParams && c == '[') {
                inParams = true;
                parts.add(part.toString());
                part.setLength(0);
            } else if (inParams && c == '=' && key == null) {
                key = part.toString();
                part.setLength(0);
            } else if (inParams && (c == ',' || c == ']')) {
                if (key == null || key.isEmpty() || params.put(key, Params.value(part.toString())) != null) {
                    return Optional.empty();
                }
                key = null;
                part.setLength(0);
                if (c == ']') {
                    if (i != name.length() - 1) {
                        return Optional.empty();
                    }
                    inParams = false;
                    part = null;
                    break;
                }
            } else if (c == '[' || c == ']') {
                return Optional.empty();
            } else {
                part.append(c);
            }
        }
        if (inParams) {
            return Optional.empty();
        }
        if (part != null) {
            parts.add(part.toString());
        }
        if (parts.size() != 3 || parts.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(parts.get(0), parts.get(1), parts.get(2), params));
    }

    private static String escape(String text, String special) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || special.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
