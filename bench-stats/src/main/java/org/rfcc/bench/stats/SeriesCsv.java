package org.rfcc.bench.stats;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a series for {@code changepoints --input} (CONTRACT.md): CSV with a header, a
 * {@code value} column and one of {@code index}, {@code timestamp} (ISO-8601) or {@code commit}
 * to order it; commits keep the file's order. Errors name the file and line.
 */
public final class SeriesCsv {
    private SeriesCsv() {}

    /** The values of {@code file} in series order. */
    public static double[] read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalArgumentException(
                    file + ": empty; expected a header with value and index, timestamp or commit");
        }
        List<String> header = cells(lines.get(0));
        int value = header.indexOf("value");
        String orderName = List.of("index", "timestamp", "commit").stream()
                .filter(header::contains)
                .findFirst()
                .orElse(null);
        if (value < 0 || orderName == null) {
            throw new IllegalArgumentException(
                    file + ":1: the header " + header + " needs a value column and one of index, timestamp or commit");
        }
        int order = header.indexOf(orderName);
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> c = cells(lines.get(i));
            if (c.size() != header.size()) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT, "%s:%d: %d cells where the header has %d", file, i + 1, c.size(), header.size()));
            }
            rows.add(new double[] {
                number(file, i + 1, "value", c.get(value)), key(file, i + 1, orderName, c.get(order), i)
            });
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no data rows under the header");
        }
        rows.sort(Comparator.comparingDouble(r -> r[1]));
        return rows.stream().mapToDouble(r -> r[0]).toArray();
    }

    private static double key(Path file, int line, String name, String cell, int row) {
        return switch (name) {
            case "index" -> number(file, line, name, cell);
            case "timestamp" -> {
                try {
                    yield Instant.parse(cell).toEpochMilli();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(String.format(
                            Locale.ROOT,
                            "%s:%d: timestamp '%s' is not ISO-8601 (2026-11-27T12:00:00Z)",
                            file,
                            line,
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

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            out.add(c.strip().replaceAll("^\"|\"$", ""));
        }
        return out;
    }
}
