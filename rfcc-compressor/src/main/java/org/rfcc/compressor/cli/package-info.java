/** RFCC's own commands, compress and eval, that the rfcc-bench command line hosts beside its own. */
package org.rfcc.compressor.cli;
