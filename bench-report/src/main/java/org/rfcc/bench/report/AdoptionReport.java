package org.rfcc.bench.report;

import java.util.List;

/**
 * How many of the commits that landed on {@code branch} over the last {@code since} (as given,
 * {@code 30d}) had the pre-commit performance check run before they were made, overall and per
 * author ({@code rfcc-bench adoption}; the report's executive summary and the dashboard show it).
 */
public record AdoptionReport(String branch, String since, int commits, int checked, List<Author> authors) {
    /** The share the seed asks for: more than 80% of commits checked. */
    public static final double GOAL = 0.8;

    /** One author's commits, the email hashed unless asked to show it. */
    public record Author(String author, int commits, int checked) {
        public double share() {
            return commits == 0 ? 0 : (double) checked / commits;
        }
    }

    public AdoptionReport {
        authors = List.copyOf(authors);
    }

    public double share() {
        return commits == 0 ? 0 : (double) checked / commits;
    }

    public boolean meetsGoal() {
        return share() > GOAL;
    }
}
