/** Writers of a run's output files: the run record, github-action-benchmark JSON and CSV. */
package org.rfcc.bench.report;
