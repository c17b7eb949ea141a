/** The suite seam: what a provider of suites tells the framework about its benchmarks, found by ServiceLoader. */
package org.rfcc.bench.model.seam;
