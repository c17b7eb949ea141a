/**
 * Profilers around JMH runs: async-profiler (through ap-loader) or JFR for CPU and allocation
 * flamegraphs, a leak check inside the forks, and GPU sampling with {@code nvidia-smi}.
 */
package org.rfcc.bench.runner.profile;
