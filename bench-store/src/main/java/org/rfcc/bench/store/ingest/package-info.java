/** Imports run records, JMH JSON and github-action-benchmark JSON files as run records for the history. */
package org.rfcc.bench.store.ingest;
