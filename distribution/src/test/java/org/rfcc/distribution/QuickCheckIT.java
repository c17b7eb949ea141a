package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit check as a developer meets it: the first check on a fresh history stores its
 * run as the baseline and says so; the next one compares against it in real JMH forks.
 */
final class QuickCheckIT {
    @TempDir
    Path dir;

    @Test
    void quickCheck_firstStoresABaseline_secondComparesWithIt() throws Exception {
        String store = "jdbc:sqlite:" + dir.resolve("history.db");
        App.Outcome first = App.run(dir, "--store", store, "quick-check");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("no baseline yet", "stored this run");

        // Unchanged code: the A/A false-alert rate is what calibrate measures; the verdict's exit
        // code is kept out of this test so that a noisy CI machine cannot fail it.
        App.Outcome second = App.run(dir, "--store", store, "quick-check", "--fail-on", "none");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("comparison of", "(base) and", "over ");
        assertThat(second.out()).doesNotContain("too few forks");

        App.Outcome history = App.run(dir, "--store", store, "history", "--format", "json");
        assertThat(history.out()).contains("\"source\" : \"pre-commit\"");
        App.Outcome points = App.run(dir, "--store", store, "changepoints");
        assertThat(points.code()).as(points.err()).isZero();
    }
}
