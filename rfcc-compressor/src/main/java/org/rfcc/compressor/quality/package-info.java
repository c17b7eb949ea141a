/** Quality of compression: retention, reconstruction and F1, baselines, and the evaluation matrix. */
package org.rfcc.compressor.quality;
