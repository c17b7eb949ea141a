package org.rfcc.bench.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The {@code --commit --branch --machine} labels are checked when made. */
final class LabelsTest {
    @Test
    void labels_shortCommit_isRejected() {
        assertThatThrownBy(() -> new Labels("abc1234", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "--commit must be a full git commit id of 40 hex digits (git rev-parse HEAD), got 'abc1234'");
    }

    @Test
    void labels_nonHexCommit_isRejected() {
        assertThatThrownBy(() -> new Labels("g".repeat(40), null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labels_upperCaseCommit_isStoredLowerCase() {
        assertThat(new Labels("ABCDEF0123456789ABCDEF0123456789ABCDEF01", null, null).commit())
                .isEqualTo("abcdef0123456789abcdef0123456789abcdef01");
    }

    @Test
    void labels_blankBranchOrMachine_isRejected() {
        assertThatThrownBy(() -> new Labels(null, " ", null)).hasMessageContaining("--branch");
        assertThatThrownBy(() -> new Labels(null, null, "")).hasMessageContaining("--machine");
    }

    @Test
    void labels_none_givesNothing() {
        assertThat(Labels.none()).isEqualTo(new Labels(null, null, null));
    }
}
