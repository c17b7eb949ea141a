/** The benchmark configuration (benchmarks/config.yaml): validated records and the YAML loader that names file, line and key on every error. */
package org.rfcc.bench.model.config;
