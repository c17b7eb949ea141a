package org.rfcc.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PackingTest {
    @Test
    void packThenUnpack_givesEverySampleBackBitForBit() {
        List<Double> awkward = List.of(0.1 + 0.2, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-310, -123456.789);
        List<Packing.Packed> metrics = List.of(
                new Packing.Packed(7, null, List.of(awkward, List.of(42.0))),
                new Packing.Packed(300_000, "ops/ms", List.of(List.of(1.5))));

        List<Packing.Packed> back = Packing.unpack(Packing.pack(metrics));

        assertThat(back).hasSize(2);
        assertThat(back.get(0).seriesId()).isEqualTo(7);
        assertThat(back.get(0).unit()).isNull();
        for (int i = 0; i < awkward.size(); i++) {
            assertThat(Double.doubleToRawLongBits(back.get(0).samples().get(0).get(i)))
                    .isEqualTo(Double.doubleToRawLongBits(awkward.get(i)));
        }
        assertThat(back.get(0).samples().get(1)).containsExactly(42.0);
        assertThat(back.get(1)).isEqualTo(metrics.get(1));
    }

    @Test
    void find_skipsToTheSeriesAsked_orNullWithoutIt() {
        byte[] packed = Packing.pack(List.of(
                new Packing.Packed(1, "ms", List.of(List.of(1.0, 2.0), List.of(3.0))),
                new Packing.Packed(2, null, List.of(List.of(4.0)))));

        assertThat(Packing.find(packed, 2).samples()).containsExactly(List.of(4.0));
        assertThat(Packing.find(packed, 1).unit()).isEqualTo("ms");
        assertThat(Packing.find(packed, 3)).isNull();
    }

    @Test
    void size_isEightBytesASample_andAFewBytesAMetric() {
        List<List<Double>> fiveByFive = List.of(
                List.of(1.0, 2.0, 3.0, 4.0, 5.0),
                List.of(1.0, 2.0, 3.0, 4.0, 5.0),
                List.of(1.0, 2.0, 3.0, 4.0, 5.0),
                List.of(1.0, 2.0, 3.0, 4.0, 5.0),
                List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        assertThat(Packing.pack(List.of(new Packing.Packed(1000, null, fiveByFive))))
                .hasSize(1 + 1 + 2 + 1 + 1 + 5 + 25 * 8);
    }

    @Test
    void parts_ofALargeResult_groupConsecutiveMetricsUpToARow_andOfASmallOneAreASingleRow() {
        List<Packing.Packed> metrics = new java.util.ArrayList<>();
        for (int m = 0; m < 10; m++) { // 222 bytes each: four to a row
            List<List<Double>> forks = new java.util.ArrayList<>();
            for (int f = 0; f < 5; f++) {
                forks.add(List.of(m + 0.1, m + 0.2, m + 0.3, m + 0.4, m + 0.5));
            }
            metrics.add(new Packing.Packed(m + 1, null, forks));
        }
        List<Double> thousand = java.util.Collections.nCopies(1000, 2.5);
        metrics.add(4, new Packing.Packed(99, "us", List.of(thousand))); // 8 KB: a row of its own

        List<Packing.Part> parts = Packing.parts(metrics);

        assertThat(parts).extracting(Packing.Part::seriesId).containsExactly(-1L, 99L, -2L, -3L);
        assertThat(parts).extracting(p -> Packing.unpack(p.packed()).size()).containsExactly(4, 1, 4, 2);
        assertThat(parts.get(0).packed().length).isLessThanOrEqualTo(Packing.ROW_BYTES);
        assertThat(parts.stream().mapToInt(Packing.Part::samples).sum()).isEqualTo(1250);
        assertThat(parts.stream()
                        .flatMap(p -> Packing.unpack(p.packed()).stream())
                        .toList())
                .isEqualTo(metrics);
        assertThat(Packing.find(parts.get(2).packed(), 7).samples().get(0)).startsWith(6.1);
        List<Packing.Part> small = Packing.parts(metrics.subList(0, 3));
        assertThat(small).singleElement().extracting(Packing.Part::seriesId).isEqualTo(Packing.ALL_METRICS);
        assertThat(Packing.unpack(small.get(0).packed())).isEqualTo(metrics.subList(0, 3));
    }

    @Test
    void unpack_ofAnUnknownFormat_says_aNewerVersionWroteIt() {
        assertThatThrownBy(() -> Packing.unpack(new byte[] {9, 0}))
                .isInstanceOf(StoreException.class)
                .hasMessage("packed samples of unknown format 9; a newer rfcc-bench wrote this history");
    }
}
