/** Regression statistics: fork-level comparisons of two runs, change points over a series, noise and power. */
package org.rfcc.bench.stats;
