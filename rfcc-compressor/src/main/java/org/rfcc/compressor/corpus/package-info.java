/** The evaluation corpus: seeded documents of Europarl prose with planted key-value needles. */
package org.rfcc.compressor.corpus;
