package org.rfcc.bench.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The packed form of raw samples, the {@code results.packed} column: the samples (fork ×
 * iteration) of a result's metrics in one value, so that the history pays its per-row cost once
 * per result (or, for a large result, once per row-sized group of its metrics: {@link #parts}) rather
 * than once per sample.
 * Values are IEEE-754 doubles, so they come back bit for bit.
 *
 * <pre>
 *   format      1 byte (1)
 *   metrics     varint
 *   per metric: series id varint, unit length varint (0: the series' unit) and UTF-8 bytes,
 *               forks varint, iterations per fork varint each, then the doubles, 8 bytes each
 *               (big-endian), fork after fork
 * </pre>
 */
final class Packing {
    private static final int FORMAT = 1;

    /**
     * The most bytes a result's metrics take together in one row: SQLite keeps a row of about
     * 1,000 bytes in its 4 KiB page, and moves a longer one's rest to an overflow page of its own,
     * which a read must then visit (and whose unused space is lost). A larger result takes several
     * rows ({@link #parts}).
     */
    static final int ROW_BYTES = 900;

    /**
     * The series id of a row that holds all the metrics of its result; a row of several (not all)
     * metrics has a smaller one, a row of one metric that metric's series.
     */
    static final long ALL_METRICS = 0;

    private Packing() {}

    /**
     * One row's worth of a result.
     *
     * @param seriesId the series of the row's one metric; {@value #ALL_METRICS} when it holds them
     *     all, −1, −2, … for the groups of several metrics of a larger result
     * @param samples how many samples it holds
     */
    record Part(long seriesId, byte[] packed, int samples) {}

    /**
     * {@code metrics}, in their order, as the rows of a result: one holding them all when they
     * take at most {@value #ROW_BYTES} bytes; else consecutive metrics together while they take at
     * most that, a row of one metric named by its series. A result of a hundred one-value metrics
     * is then 3 rows, not 100, and a large metric is read without the others.
     */
    static List<Part> parts(List<Packed> metrics) {
        if (metrics.stream().mapToInt(Packing::bytes).sum() <= ROW_BYTES) {
            return List.of(part(ALL_METRICS, metrics));
        }
        List<Part> parts = new ArrayList<>();
        List<Packed> group = new ArrayList<>();
        int bytes = 0;
        for (Packed m : metrics) {
            if (!group.isEmpty() && bytes + bytes(m) > ROW_BYTES) {
                parts.add(group(parts, group));
                group = new ArrayList<>();
                bytes = 0;
            }
            group.add(m);
            bytes += bytes(m);
        }
        parts.add(group(parts, group));
        return parts;
    }

    /** About how many bytes {@code m} takes packed. */
    private static int bytes(Packed m) {
        return 12 + 8 * m.count() + 2 * m.samples().size();
    }

    /** The row of {@code group}, which follows {@code before}: named by its series when it is one metric. */
    private static Part group(List<Part> before, List<Packed> group) {
        if (group.size() == 1) {
            return part(group.get(0).seriesId(), group);
        }
        long groups = before.stream().filter(p -> p.seriesId() < 0).count();
        return part(-(groups + 1), group);
    }

    private static Part part(long seriesId, List<Packed> metrics) {
        return new Part(
                seriesId,
                pack(metrics),
                metrics.stream().mapToInt(Packed::count).sum());
    }

    /** The statement of {@link #addRows}, on the {@code results} table of schema 3. */
    static final String INSERT = "INSERT INTO results (benchmark_id, series_id, run_key, part, position, samples,"
            + " packed) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /**
     * Adds to the batch of {@code insert} ({@link #INSERT}) the rows of one result: {@code
     * metrics} of the result at {@code position} of run {@code runKey}; returns how many.
     */
    static int addRows(PreparedStatement insert, long benchmarkId, long runKey, int position, List<Packed> metrics)
            throws SQLException {
        List<Part> parts = parts(metrics);
        for (int part = 0; part < parts.size(); part++) {
            insert.setLong(1, benchmarkId);
            insert.setLong(2, parts.get(part).seriesId());
            insert.setLong(3, runKey);
            insert.setInt(4, part);
            insert.setInt(5, position);
            insert.setInt(6, parts.get(part).samples());
            insert.setBytes(7, parts.get(part).packed());
            insert.addBatch();
        }
        return parts.size();
    }

    /**
     * One metric's samples in a packed result.
     *
     * @param unit the unit the samples are in when it is not the series' own, else null
     */
    record Packed(long seriesId, String unit, List<List<Double>> samples) {
        int count() {
            return samples.stream().mapToInt(List::size).sum();
        }
    }

    static byte[] pack(List<Packed> metrics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                16 + 8 * metrics.stream().mapToInt(Packed::count).sum());
        out.write(FORMAT);
        varint(out, metrics.size());
        byte[] eight = new byte[8];
        ByteBuffer buffer = ByteBuffer.wrap(eight);
        for (Packed m : metrics) {
            varint(out, m.seriesId());
            byte[] unit = m.unit() == null ? new byte[0] : m.unit().getBytes(StandardCharsets.UTF_8);
            varint(out, unit.length);
            out.write(unit, 0, unit.length);
            varint(out, m.samples().size());
            for (List<Double> fork : m.samples()) {
                varint(out, fork.size());
            }
            for (List<Double> fork : m.samples()) {
                for (double v : fork) {
                    buffer.putDouble(0, v);
                    out.write(eight, 0, 8);
                }
            }
        }
        return out.toByteArray();
    }

    /** Every metric of {@code packed}, in the order they were packed. */
    static List<Packed> unpack(byte[] packed) {
        Reader in = new Reader(packed);
        int n = (int) in.varint();
        List<Packed> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.metric());
        }
        return out;
    }

    /** The samples of series {@code seriesId} in {@code packed}, or null when it has none. */
    static Packed find(byte[] packed, long seriesId) {
        Reader in = new Reader(packed);
        int n = (int) in.varint();
        for (int i = 0; i < n; i++) {
            int mark = in.at;
            if (in.varint() == seriesId) {
                in.at = mark;
                return in.metric();
            }
            in.skipMetric();
        }
        return null;
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** Reads a packed value from its start, checking its format. */
    private static final class Reader {
        private final ByteBuffer bytes;
        private int at;

        Reader(byte[] packed) {
            bytes = ByteBuffer.wrap(packed);
            if (packed.length == 0 || packed[0] != FORMAT) {
                throw new StoreException("packed samples of unknown format "
                        + (packed.length == 0 ? "(empty)" : Integer.toString(packed[0]))
                        + "; a newer rfcc-bench wrote this history");
            }
            at = 1;
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = bytes.get(at++);
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
                shift += 7;
            }
        }

        Packed metric() {
            long id = varint();
            int unitLength = (int) varint();
            String unit = unitLength == 0 ? null : new String(bytes.array(), at, unitLength, StandardCharsets.UTF_8);
            at += unitLength;
            int forks = (int) varint();
            int[] counts = new int[forks];
            for (int f = 0; f < forks; f++) {
                counts[f] = (int) varint();
            }
            List<List<Double>> samples = new ArrayList<>(forks);
            for (int count : counts) {
                List<Double> fork = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    fork.add(bytes.getDouble(at));
                    at += 8;
                }
                samples.add(fork);
            }
            return new Packed(id, unit, samples);
        }

        /** Skips the rest of a metric whose series id was just read. */
        void skipMetric() {
            int unitLength = (int) varint(); // apart: "at += varint()" would add to the old position
            at += unitLength;
            int forks = (int) varint();
            long total = 0;
            for (int f = 0; f < forks; f++) {
                total += varint();
            }
            at += (int) (8 * total);
        }
    }
}
