package org.rfcc.benchmarks.report;

import java.util.List;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.seam.KeySeries;
import org.rfcc.bench.model.seam.Rule;

/** What RFCC's catalog takes from this package: the key series and the rules of the report. */
public final class RfccReports {
    private RfccReports() {}

    /** The key series of an RFCC run. */
    public static List<KeySeries> keySeries(RunRecord run) {
        return RfccKeySeries.of(run);
    }

    /** The report rules of RFCC's domain. */
    public static List<Rule> rules() {
        return List.of(RfccRules.values());
    }
}
