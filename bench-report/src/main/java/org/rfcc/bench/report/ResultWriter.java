package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import org.rfcc.bench.model.RunRecord;

/** Writes one output file of a run, whole or not at all. */
public interface ResultWriter {
    /** Writes {@code run} to {@code file}. */
    void write(RunRecord run, Path file) throws IOException;
}
