/** The JMH suites of RFCC (compression, models, inference), the quality pass, and their workloads. */
package org.rfcc.benchmarks;
