package org.rfcc.bench.model.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the benchmarks run. {@code gpuMemoryLimit} keeps the text as written ({@code 8GB}); its
 * value in bytes is derived with binary units (1 GB = 1024^3 bytes).
 */
public record Hardware(boolean cpuOnly, String gpuMemoryLimit) {
    /** What a memory size looks like, for messages. */
    public static final String SIZE_EXAMPLES = "a positive size such as 8GB, 512MB, 1.5GB or 1024KB";

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGT])B", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "KMGT";

    public Hardware {
        if (gpuMemoryLimit == null || parseSize(gpuMemoryLimit).isEmpty()) {
            throw new IllegalArgumentException(
                    "gpu_memory_limit is '" + gpuMemoryLimit + "'; expected " + SIZE_EXAMPLES);
        }
    }

    /** The GPU memory limit in bytes. */
    public long gpuMemoryLimitBytes() {
        return parseSize(gpuMemoryLimit).orElseThrow();
    }

    /** Bytes of a size such as {@code 8GB} or {@code 1.5GB}; empty unless well-formed, positive and within a long. */
    public static OptionalLong parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        int power = UNITS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
        BigDecimal bytes = new BigDecimal(m.group(1))
                .multiply(BigDecimal.valueOf(1024).pow(power))
                .setScale(0, RoundingMode.HALF_UP);
        if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(bytes.longValueExact());
    }
}
