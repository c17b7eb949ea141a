package org.rfcc.examples.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of parsing decimal numbers, over two params: the kind of benchmark a JVM team has,
 * with a text and a numeric param and an allocation that {@code -prof gc} reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class ParseBenchmark {
    @Param({"int", "double"})
    String kind;

    @Param({"16", "256"})
    int count;

    private String[] texts;

    @Setup
    public void setup() {
        texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = kind.equals("int") ? Integer.toString(i * 7919) : Double.toString(i * 0.7919);
        }
    }

    @Benchmark
    public double parse() {
        double sum = 0;
        for (String t : texts) {
            sum += kind.equals("int") ? Integer.parseInt(t) : Double.parseDouble(t);
        }
        return sum;
    }
}
