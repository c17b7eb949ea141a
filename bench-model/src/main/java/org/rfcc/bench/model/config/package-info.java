/** The benchmark configuration (benchmarks/config.yaml) and the alert configuration (benchmarks/alerts.yaml): validated records and the YAML loaders that name file, line and key on every error. */
package org.rfcc.bench.model.config;
