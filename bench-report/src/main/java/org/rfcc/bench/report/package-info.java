/** Writers of a run's output files: the run record, github-action-benchmark JSON, CSV and the plots. */
package org.rfcc.bench.report;
