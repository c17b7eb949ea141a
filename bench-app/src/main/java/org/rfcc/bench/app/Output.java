package org.rfcc.bench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rfcc.bench.model.UserException;

/**
 * Where a run's results go.
 *
 * @param reportDir the directory of the output files
 * @param githubFile the github-action-benchmark file, or null for its default name in {@code reportDir}
 * @param store whether the run is stored in the history
 * @param detailed whether the report adds each fork's samples and the detail plots
 */
public record Output(Path reportDir, Path githubFile, boolean store, boolean detailed) {
    public Output {
        if (Files.exists(reportDir) && !Files.isDirectory(reportDir)) {
            throw new UserException("--report-dir " + reportDir + " is a file; give a directory");
        }
    }
}
