/** Text primitives of RFCC: sentence splitting, GPT token counting and lexical terms. */
package org.rfcc.compressor.text;
