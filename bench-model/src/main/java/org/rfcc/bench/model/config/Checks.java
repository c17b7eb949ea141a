package org.rfcc.bench.model.config;

import java.util.List;
import java.util.function.Predicate;

/** Invariant checks shared by the config records; the loader reports the same rules with lines. */
final class Checks {
    private Checks() {}

    /** An immutable copy of a non-empty list whose items all pass {@code valid}. */
    static <T> List<T> nonEmpty(String name, List<T> list, Predicate<? super T> valid, String expected) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return all(name, list, valid, expected);
    }

    /** An immutable copy of a list whose items all pass {@code valid}. */
    static <T> List<T> all(String name, List<T> list, Predicate<? super T> valid, String expected) {
        List<T> copy = List.copyOf(list);
        for (T item : copy) {
            if (!valid.test(item)) {
                throw new IllegalArgumentException(name + " holds " + item + "; expected " + expected);
            }
        }
        return copy;
    }

    /** Fails unless {@code value} is at least {@code min}. */
    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** Fails unless {@code value} is a finite number above zero. */
    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, got " + value);
        }
        return value;
    }

    /** True for a string with some non-blank text. */
    static boolean text(String s) {
        return s != null && !s.isBlank();
    }
}
