/** JMH orchestration: plans, forks, raw samples, resource profiling, machine and git probes. */
package org.rfcc.bench.runner;
