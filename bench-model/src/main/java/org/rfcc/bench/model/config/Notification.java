package org.rfcc.bench.model.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where alerts go and when an unacknowledged one escalates ({@code notification:} in alerts.yaml).
 *
 * @param channels distinct names from {@link #CHANNELS}, in the order written; empty sends nothing
 * @param escalation how long an alert may stay unacknowledged before it escalates; positive
 * @param confirmRuns how many consecutive runs must agree on a change before its alert is sent; at least 1
 * @param baseBranch the branch whose runs make a series' baseline (with runs of no branch, as imports may be)
 * @param missingAfter how long a benchmark that ran daily may go without a run before a {@code missing} alert; zero
 *     turns that off
 */
public record Notification(
        List<String> channels, Duration escalation, int confirmRuns, String baseBranch, Duration missingAfter) {
    /** The largest {@code confirm_runs}. */
    public static final int MAX_CONFIRM_RUNS = 20;

    /** The channel names alerts.yaml may use. */
    public static final List<String> CHANNELS = List.of("github", "slack", "email", "webhook");
    /** What an escalation time looks like, for messages. */
    public static final String DURATION_EXAMPLES = "a positive duration such as 30m, 24h or 2d";

    private static final Pattern DURATION = Pattern.compile("([+-]?\\d{1,9})\\s*([smhd])");
    private static final Map<String, ChronoUnit> UNITS =
            Map.of("s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS, "d", ChronoUnit.DAYS);

    public Notification {
        channels = Checks.all("channels", channels, CHANNELS::contains, "one of " + String.join(", ", CHANNELS));
        if (new HashSet<>(channels).size() != channels.size()) {
            throw new IllegalArgumentException("channels must be distinct, got " + channels);
        }
        if (escalation == null || escalation.isZero() || escalation.isNegative()) {
            throw new IllegalArgumentException("escalation_time must be positive, got " + escalation);
        }
        if (confirmRuns < 1 || confirmRuns > MAX_CONFIRM_RUNS) {
            throw new IllegalArgumentException(
                    "confirm_runs must be from 1 to " + MAX_CONFIRM_RUNS + ", got " + confirmRuns);
        }
        if (baseBranch == null || baseBranch.isBlank()) {
            throw new IllegalArgumentException("base_branch must name a branch");
        }
        if (missingAfter == null || missingAfter.isNegative()) {
            throw new IllegalArgumentException("missing_after must be 0 or positive, got " + missingAfter);
        }
    }

    /** These settings with {@code channels} in place of their own. */
    public Notification withChannels(List<String> channels) {
        return new Notification(channels, escalation, confirmRuns, baseBranch, missingAfter);
    }

    /**
     * A duration written as a whole number and one of s, m, h or d ({@code 30m}, {@code 24h},
     * {@code 2d}; a day is 24 hours); empty unless well-formed. Zero and negative values parse, so
     * that the caller can say they are not allowed.
     */
    public static Optional<Duration> parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Duration.of(Long.parseLong(m.group(1)), UNITS.get(m.group(2))));
    }
}
