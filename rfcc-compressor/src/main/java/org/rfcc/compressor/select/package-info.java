/** RFCC's selection: lexical ranking, the choice of what to embed, MMR selection and word pruning. */
package org.rfcc.compressor.select;
