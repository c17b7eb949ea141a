package org.rfcc.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.config.BenchConfig;
import org.rfcc.bench.model.io.AtomicFiles;
import org.rfcc.bench.runner.profile.GpuSampler;
import org.rfcc.bench.runner.profile.HotMethods;
import org.rfcc.bench.runner.profile.LeakCheck;
import org.rfcc.bench.runner.profile.ProfileKind;

/**
 * The files of a profile beside its flamegraphs: {@code cpu_hot_methods.csv}, {@code
 * memory_analysis.json}, {@code gpu_analysis.json} (each for its kind) and {@code index.html}, a
 * self-contained page linking everything, each written whole or not at all.
 */
final class ProfilePage {
    /** The GPU part of a profile: the samples' summary, or null fields and the reason. */
    record Gpu(Map<String, Object> json) {}

    private ProfilePage() {}

    /** A file-name-safe form of a JMH id. */
    static String slug(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    static Gpu gpu(GpuSampler.Start start, BenchConfig config, List<String> notes) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (start.sampler() == null) {
            json.put("gpu", null);
            json.put("reason", start.reason());
            notes.add("GPU: " + start.reason());
            return new Gpu(json);
        }
        List<GpuSampler.Sample> samples = start.sampler().samples();
        json.put("gpu", samples.isEmpty() ? null : samples.get(0).name());
        if (config != null && config.benchmarks().hardware().cpuOnly()) {
            notes.add("GPU: hardware.cpu_only is true in the config, so the model ran on the CPU; set it to false"
                    + " to profile ONNX Runtime's CUDA provider");
        }
        json.put(
                "cpu_only",
                config == null ? null : config.benchmarks().hardware().cpuOnly());
        json.put("interval_ms", 200);
        json.put("samples", samples.size());
        json.put("utilization_mean", mean(samples, GpuSampler.Sample::utilization));
        json.put("utilization_max", max(samples, GpuSampler.Sample::utilization));
        json.put("memory_utilization_mean", mean(samples, GpuSampler.Sample::memoryUtilization));
        json.put("memory_used_mb_max", max(samples, GpuSampler.Sample::memoryUsedMb));
        json.put("memory_total_mb", max(samples, GpuSampler.Sample::memoryTotalMb));
        json.put("process_memory_mb_max", start.sampler().processMemoryMb());
        json.put("series", samples);
        return new Gpu(json);
    }

    private static double mean(List<GpuSampler.Sample> s, ToDoubleFunction<GpuSampler.Sample> f) {
        return s.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static double max(List<GpuSampler.Sample> s, ToDoubleFunction<GpuSampler.Sample> f) {
        return s.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    static Path write(
            Profiles.Request r,
            String recorder,
            List<Profiles.Benchmark> benchmarks,
            List<Profiles.Overhead> overheads,
            Gpu gpu,
            List<String> notes) {
        List<String> links = new ArrayList<>();
        try {
            if (r.kinds().contains(ProfileKind.CPU)) {
                AtomicFiles.write(r.out().resolve("cpu_hot_methods.csv"), hotCsv(benchmarks));
                links.add("cpu_hot_methods.csv");
            }
            if (r.kinds().contains(ProfileKind.MEMORY)) {
                AtomicFiles.write(r.out().resolve("memory_analysis.json"), Json.pretty(memory(benchmarks)));
                links.add("memory_analysis.json");
            }
            if (gpu != null) {
                AtomicFiles.write(r.out().resolve("gpu_analysis.json"), Json.pretty(gpu.json()));
                links.add("gpu_analysis.json");
            }
            Path index = r.out().resolve("index.html");
            AtomicFiles.write(index, html(r, recorder, benchmarks, overheads, gpu, notes, links));
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the profile into " + r.out() + ": " + e.getMessage(), e);
        }
    }

    private static String hotCsv(List<Profiles.Benchmark> benchmarks) {
        StringBuilder s = new StringBuilder("benchmark,order,rank,method,self,total,hottest_line\n");
        for (Profiles.Benchmark b : benchmarks) {
            b.hot().forEach((order, rows) -> {
                int rank = 1;
                for (HotMethods.Row row : rows) {
                    s.append(csv(b.id()))
                            .append(',')
                            .append(order)
                            .append(',')
                            .append(rank++)
                            .append(',');
                    s.append(csv(row.method()));
                    s.append(String.format(Locale.ROOT, ",%.4f,%.4f,", row.self(), row.total()));
                    s.append(row.line() == null ? "" : csv(row.line())).append('\n');
                }
            });
        }
        return s.toString();
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static Map<String, Object> memory(List<Profiles.Benchmark> benchmarks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Profiles.Benchmark b : benchmarks) {
            LeakCheck l = b.leak();
            if (l == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", b.id());
            m.put("alloc_bytes_per_op", finite(l.allocBytesPerOp()));
            m.put("retained_mb_per_1000_ops", finite(l.retainedMbPer1000Ops()));
            m.put("leak_suspected", l.leakSuspected());
            m.put("retained_growth_mb", finite(l.growthMb()));
            m.put("forks", l.forks());
            m.put("iterations", l.iterations());
            m.put("native_mb", l.nativeMb().stream().map(ProfilePage::finite).toList());
            m.put("top_retainers", l.histogram().lines().toList());
            rows.add(m);
        }
        return Map.of("benchmarks", rows);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String html(
            Profiles.Request r,
            String recorder,
            List<Profiles.Benchmark> benchmarks,
            List<Profiles.Overhead> overheads,
            Gpu gpu,
            List<String> notes,
            List<String> links) {
        StringBuilder h = new StringBuilder();
        String kinds = r.kinds().stream()
                .map(k -> k.name().toLowerCase(Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(", "));
        h.append(
                        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>rfcc-bench profile</title><style>")
                .append(
                        "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}")
                .append(
                        "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left}")
                .append(
                        "td.n{text-align:right;font-variant-numeric:tabular-nums}code,pre{font:12px ui-monospace,monospace}")
                .append("pre{background:#f6f6f6;padding:8px;overflow:auto}.note{background:#fff4d6;padding:6px 10px}")
                .append(".bad{color:#b00020;font-weight:600}.ok{color:#1b7f3b}</style></head><body>\n");
        h.append("<h1>Profile: ")
                .append(esc(kinds))
                .append("</h1>\n<p>Recorder: ")
                .append(esc(recorder));
        h.append(
                r.jar() == null
                        ? "; suites " + esc(String.join(", ", r.suites())) + ", profile " + esc(r.profile())
                        : "; jar " + esc(r.jar().jar().getFileName().toString()));
        h.append(". Files: ");
        links.forEach(l -> h.append("<a href=\"")
                .append(esc(l))
                .append("\">")
                .append(esc(l))
                .append("</a> "));
        h.append("</p>\n");
        notes.forEach(n -> h.append("<p class=\"note\">").append(esc(n)).append("</p>\n"));
        if (!overheads.isEmpty()) {
            h.append("<h2>Profiler overhead</h2><p>Each benchmark's primary metric, one fork without the profilers")
                    .append(
                            " and one with them per round; the median slowdown over rounds.</p><table><tr><th>benchmark</th><th>metric</th><th>slowdown</th><th>rounds</th></tr>\n");
            for (Profiles.Overhead o : overheads) {
                h.append("<tr><td>")
                        .append(esc(o.benchmark()))
                        .append("</td><td>")
                        .append(esc(o.metric()))
                        .append("</td><td class=\"n\">")
                        .append(percent(o.slowdown()))
                        .append("</td><td class=\"n\">")
                        .append(o.rounds())
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        for (Profiles.Benchmark b : benchmarks) {
            h.append("<h2>").append(esc(b.id())).append("</h2>\n<p>");
            b.files().forEach((label, file) -> h.append("<a href=\"")
                    .append(esc(file))
                    .append("\">")
                    .append(esc(label))
                    .append("</a> · "));
            h.append("</p>\n");
            for (Map.Entry<String, List<HotMethods.Row>> table : b.hot().entrySet()) {
                h.append("<h3>Hottest by ").append(table.getKey()).append(" time</h3>");
                h.append("<table><tr><th>#</th><th>method (line)</th><th>self</th><th>total</th></tr>\n");
                int rank = 1;
                for (HotMethods.Row row : table.getValue()) {
                    h.append("<tr><td class=\"n\">")
                            .append(rank++)
                            .append("</td><td><code>")
                            .append(esc(row.method()))
                            .append(
                                    row.line() == null
                                            ? ""
                                            : " <small>(line "
                                                    + esc(row.line()
                                                            .substring(
                                                                    row.line().lastIndexOf(':') + 1)) + ")</small>")
                            .append("</code></td><td class=\"n\">")
                            .append(percent(row.self()))
                            .append("</td><td class=\"n\">")
                            .append(percent(row.total()))
                            .append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            if (b.leak() != null) {
                LeakCheck l = b.leak();
                h.append(String.format(
                        Locale.ROOT,
                        "<p>Allocation: %.0f B/op. Retained heap after GC: %+.4f MB per 1,000 operations"
                                + " (%+.2f MB over a fork; %d forks × %d iterations): ",
                        l.allocBytesPerOp(),
                        l.retainedMbPer1000Ops(),
                        l.growthMb(),
                        l.forks(),
                        l.iterations()));
                h.append(
                        l.leakSuspected()
                                ? "<span class=\"bad\">leak suspected</span>"
                                : "<span class=\"ok\">no leak</span>");
                h.append(". Native memory (resident set beyond the committed heap), MB per iteration: ")
                        .append(esc(l.nativeMb().stream()
                                .map(v -> String.format(Locale.ROOT, "%.0f", v))
                                .collect(Collectors.joining(" "))))
                        .append("</p>\n<details><summary>Top retainers at the end (class histogram)</summary><pre>")
                        .append(esc(l.histogram()))
                        .append("</pre></details>\n");
            }
        }
        if (gpu != null) {
            h.append("<h2>GPU</h2><pre>")
                    .append(esc(Json.pretty(withoutSeries(gpu.json()))))
                    .append("</pre>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static Map<String, Object> withoutSeries(Map<String, Object> json) {
        Map<String, Object> m = new LinkedHashMap<>(json);
        m.remove("series");
        return m;
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
