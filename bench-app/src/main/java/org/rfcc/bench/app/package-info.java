/**
 * The application layer: every workflow of rfcc-bench behind a typed API (run, run of a JMH jar,
 * ab, compare, quick-check, calibrate, report, ingest, history, store upkeep), so that every front
 * end (the command line, the server) runs the same code and only parses, calls and renders.
 */
package org.rfcc.bench.app;
