/** RFCC, the context compressor under test: its API, model presets, loading and streaming. */
package org.rfcc.compressor;
