/** The rfcc-bench command line: one picocli class per subcommand, orchestration only. */
package org.rfcc.bench.cli;
