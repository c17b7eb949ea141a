/** Immutable records of a benchmark run and their JSON form (CONTRACT.md, schema rfcc-bench/run/v1). */
package org.rfcc.bench.model;
