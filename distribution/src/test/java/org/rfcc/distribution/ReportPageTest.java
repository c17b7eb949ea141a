package org.rfcc.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** When the report check runs, skips or fails for want of a browser; the check itself is in {@link ChromiumIT}. */
final class ReportPageTest {
    @Test
    void chromiumOrSkip_noneFoundOnCi_failsWithTheInstallCommand() {
        assertThatThrownBy(() -> ReportPage.chromiumOrSkip(Optional.empty(), true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("install Debian's chromium: apt-get install -y chromium");
    }

    @Test
    void chromiumOrSkip_noneFoundLocally_skips() {
        assertThatThrownBy(() -> ReportPage.chromiumOrSkip(Optional.empty(), false))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void chromiumOrSkip_found_returnsIt() {
        Path chromium = Path.of("/usr/bin/chromium");

        assertThat(ReportPage.chromiumOrSkip(Optional.of(chromium), true)).isEqualTo(chromium);
        assertThat(ReportPage.chromiumOrSkip(Optional.of(chromium), false)).isEqualTo(chromium);
    }
}
