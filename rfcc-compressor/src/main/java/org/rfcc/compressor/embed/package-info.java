/** Sentence embeddings for RFCC: the bundled all-MiniLM-L6-v2 model on ONNX Runtime, kept offline. */
package org.rfcc.compressor.embed;
