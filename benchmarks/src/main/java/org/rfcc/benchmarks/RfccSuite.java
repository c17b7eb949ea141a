package org.rfcc.benchmarks;

import java.util.List;
import org.rfcc.bench.runner.Suite;
import org.rfcc.compressor.embed.Offline;

/**
 * What every RFCC suite shares: forks kept offline (DJL's switches), the compressor as the code
 * measured, without its evaluation tooling (the synthetic corpus and the quality metrics, which the
 * benchmarks only use to make and score their documents), and what RFCC's users do with it as the
 * representative workload of {@code run --coverage}.
 */
abstract class RfccSuite implements Suite {
    @Override
    public List<String> forkJvmArgs() {
        return Offline.JVM_FLAGS;
    }

    @Override
    public List<String> measuredPackages() {
        return List.of("org.rfcc.compressor", "!org.rfcc.compressor.corpus", "!org.rfcc.compressor.quality");
    }

    @Override
    public List<String> representativeWorkload() {
        return List.of(RepresentativeWorkload.class.getName());
    }
}
