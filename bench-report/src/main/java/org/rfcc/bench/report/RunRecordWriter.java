package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import org.rfcc.bench.model.Json;
import org.rfcc.bench.model.RunRecord;
import org.rfcc.bench.model.io.AtomicFiles;

/** {@code benchmark_run.json}: the run record, schema rfcc-bench/run/v1. */
public final class RunRecordWriter implements ResultWriter {
    @Override
    public void write(RunRecord run, Path file) throws IOException {
        AtomicFiles.write(file, Json.pretty(run));
    }
}
