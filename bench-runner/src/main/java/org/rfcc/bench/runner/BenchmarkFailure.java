package org.rfcc.bench.runner;

/** A benchmark that did not complete: it threw, or its fork did not start or returned nothing. */
public final class BenchmarkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code message} says what went wrong. */
    public BenchmarkFailure(String message) {
        super(message);
    }

    /** {@code message} says what went wrong; {@code cause} is JMH's exception. */
    public BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
