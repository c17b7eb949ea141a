package org.rfcc.bench.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads series for {@code changepoints --input} (CONTRACT.md): CSV with a header, a {@code value} column and one of
 * {@code index}, {@code timestamp} or {@code started_at} (ISO-8601) or {@code commit} to order it; commits keep the
 * file's order. A file with {@code suite}, {@code benchmark} and {@code metric} columns, as {@code history --format csv}
 * writes, holds one series per (suite, benchmark, params, metric, machine, profile). Errors name the file and line.
 */
public final class SeriesCsv {
    private SeriesCsv() {}

    private static final ObjectReader ROWS = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .readerFor(String[].class);

    /** The columns that name a series, in the order its name shows them. */
    private static final List<String> SERIES_COLUMNS = List.of("suite", "benchmark", "metric", "params");

    /**
     * The series of {@code file}, each in its order, named {@code suite/benchmark/metric[params]} (with {@code machine
     * M, profile P} where the file has those columns), or, for a file without those columns, one series named "".
     */
    public static Map<String, double[]> read(Path file) {
        List<Row> lines = rows(file);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(
                    file + ": empty; expected a header with value and index, timestamp or commit");
        }
        List<String> header = lines.get(0).cells();
        int value = header.indexOf("value");
        String orderName = List.of("index", "timestamp", "started_at", "commit").stream()
                .filter(header::contains)
                .findFirst()
                .orElse(null);
        if (value < 0 || orderName == null) {
            throw new IllegalArgumentException(file + ":1: the header " + header
                    + " needs a value column and one of index, timestamp, started_at or commit");
        }
        int order = header.indexOf(orderName);
        boolean named = header.containsAll(SERIES_COLUMNS.subList(0, 3));
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> c = lines.get(i).cells();
            int line = lines.get(i).line();
            if (c.size() != header.size()) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT, "%s:%d: %d cells where the header has %d", file, line, c.size(), header.size()));
            }
            series.computeIfAbsent(named ? name(header, c) : "", k -> new ArrayList<>())
                    .add(new double[] {
                        number(file, line, "value", c.get(value)), key(file, line, orderName, c.get(order), i)
                    });
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException(file + ": no data rows under the header");
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        series.forEach((name, rows) -> {
            rows.sort(Comparator.comparingDouble(r -> r[1]));
            out.put(name, rows.stream().mapToDouble(r -> r[0]).toArray());
        });
        return out;
    }

    /** {@code suite/benchmark/metric[params]}, then the machine and profile where the file has them. */
    private static String name(List<String> header, List<String> cells) {
        String params = header.contains("params") ? cells.get(header.indexOf("params")) : "";
        StringBuilder name = new StringBuilder(String.join(
                "/",
                cells.get(header.indexOf("suite")),
                cells.get(header.indexOf("benchmark")),
                cells.get(header.indexOf("metric"))));
        if (!params.isEmpty()) {
            name.append('[').append(params).append(']');
        }
        for (String column : List.of("machine", "profile")) {
            if (header.contains(column)) {
                name.append(' ').append(column).append(' ').append(cells.get(header.indexOf(column)));
            }
        }
        return name.toString();
    }

    /** One CSV record and the line it starts on. */
    private record Row(int line, List<String> cells) {}

    /** The records of {@code file} (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
    private static List<Row> rows(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + ": a directory, not a CSV file");
        }
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<String[]> it =
                        ROWS.readValues(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                String[] cells = it.nextValue();
                if (cells.length == 1 && cells[0].isEmpty()) {
                    continue;
                }
                rows.add(new Row(line, List.of(cells)));
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + ":" + line + ": not CSV: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() instanceof CharacterCodingException ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new IllegalArgumentException(file + ": not UTF-8 text");
            }
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        return rows;
    }

    private static double key(Path file, int line, String name, String cell, int row) {
        return switch (name) {
            case "index" -> number(file, line, name, cell);
            case "timestamp", "started_at" -> {
                try {
                    yield Instant.parse(cell).toEpochMilli();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(String.format(
                            Locale.ROOT,
                            "%s:%d: %s '%s' is not ISO-8601 (2026-11-27T12:00:00Z)",
                            file,
                            line,
                            name,
                            cell));
                }
            }
            default -> row;
        };
    }

    private static double number(Path file, int line, String name, String cell) {
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                String.format(Locale.ROOT, "%s:%d: %s '%s' is not a finite number", file, line, name, cell));
    }
}
