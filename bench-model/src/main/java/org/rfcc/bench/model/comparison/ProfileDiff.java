package org.rfcc.bench.model.comparison;

import java.util.List;
import java.util.Map;
import org.rfcc.bench.model.Params;

/**
 * Where the time of a regressed benchmark went: both sides profiled (CPU samples, interleaved), a
 * differential flamegraph of head against base, and the method whose share of the samples grew the
 * most, in one sentence (CONTRACT.md, "Comparison", {@code profile_diffs}).
 *
 * @param metric the regressed metric that asked for the profile (the loudest of the benchmark)
 * @param flamegraph the differential flamegraph's path, relative to the report directory (or the
 *     working directory of {@code compare} and {@code ab}); null when the benchmark could not be profiled
 * @param samples the benchmark's CPU samples on each side, {@code [base, head]}
 * @param method the method whose share grew the most ({@code Class.method}), or null
 * @param baseShare its share of the base's samples, 0 to 1, with its callees
 * @param headShare its share of the head's samples
 * @param where the sentence, e.g. {@code Parser.parse +41% of samples (27% → 68%)}, or why
 *     there is no profile
 */
public record ProfileDiff(
        String suite,
        String benchmark,
        Map<String, Object> params,
        String metric,
        String flamegraph,
        List<Long> samples,
        String method,
        Double baseShare,
        Double headShare,
        String where) {
    public ProfileDiff {
        params = Params.canonical(params == null ? Map.of() : params);
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** A benchmark that could not be profiled, and why. */
    public static ProfileDiff failed(
            String suite, String benchmark, Map<String, Object> params, String metric, String why) {
        return new ProfileDiff(suite, benchmark, params, metric, null, List.of(), null, null, null, why);
    }
}
