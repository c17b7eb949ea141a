package org.rfcc.compressor.quality;

/** Mean quality of one method at one document size and ratio, over {@code documents} documents. */
public record EvalRow(int documentSize, double ratio, String method, int documents, QualityScores scores) {}
