package org.rfcc.bench.model.config;

import java.util.List;

/** Which report files a run writes and what goes into them. */
public record Reporting(List<String> outputFormat, boolean includeSystemInfo, boolean generatePlots) {
    /** The output formats a run can write. */
    public static final List<String> OUTPUT_FORMATS = List.of("json", "html", "csv", "markdown");

    public Reporting {
        outputFormat = Checks.nonEmpty(
                "output_format", outputFormat, OUTPUT_FORMATS::contains, "one of " + String.join(", ", OUTPUT_FORMATS));
    }
}
