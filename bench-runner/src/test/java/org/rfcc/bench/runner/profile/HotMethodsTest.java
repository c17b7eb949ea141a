package org.rfcc.bench.runner.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

final class HotMethodsTest {
    private static final List<String> STACKS = List.of(
            "a.Main.run:10;a.Work.mix:52 60",
            "a.Main.run:10;a.Work.mix:53 20",
            "a.Main.run:11;a.Work.mix:52;java.lang.Math.sqrt 10",
            "a.Main.run:12 10",
            "not a stack line",
            "a.Broken.count notANumber");

    @Test
    void self_total_andHottestLine_perMethod() {
        HotMethods h = HotMethods.of(STACKS);
        assertThat(h.samples()).isEqualTo(100);
        HotMethods.Row mix = h.top(1).get(0);
        assertThat(mix.method()).isEqualTo("a.Work.mix");
        assertThat(mix.self()).isCloseTo(0.80, within(1e-9));
        assertThat(mix.total()).isCloseTo(0.90, within(1e-9));
        assertThat(mix.line()).isEqualTo("a.Work.mix:52");
        assertThat(h.total("a.Main.run")).isCloseTo(1.0, within(1e-9));
        assertThat(h.topByTotal(2)).extracting(HotMethods.Row::method).containsExactly("a.Main.run", "a.Work.mix");
        assertThat(h.top(10)).extracting(HotMethods.Row::method).doesNotContain("a.Broken.count");
    }

    @Test
    void asyncProfilersFrameTypes_andSlashes_readAsDottedNames() {
        HotMethods h = HotMethods.of(List.of("a/Main.run_[j];a/Work.mix:7_[j];libz.so 4"));
        assertThat(h.top(3)).extracting(HotMethods.Row::method).containsExactly("libz.so", "a.Main.run", "a.Work.mix");
    }

    @Test
    void anEmptyProfile_hasNoMethods() {
        HotMethods h = HotMethods.of(List.of());
        assertThat(h.samples()).isZero();
        assertThat(h.top(30)).isEmpty();
        assertThat(h.total("a.Work.mix")).isZero();
    }
}
