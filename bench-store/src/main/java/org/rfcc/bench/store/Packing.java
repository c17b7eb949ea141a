package org.rfcc.bench.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The packed form of one result's raw samples, the {@code results.packed} column: every metric's
 * samples (fork × iteration) in one value, so that the history pays its per-row cost once per
 * result rather than once per sample. Values are IEEE-754 doubles, so they come back bit for bit.
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

    private Packing() {}

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
