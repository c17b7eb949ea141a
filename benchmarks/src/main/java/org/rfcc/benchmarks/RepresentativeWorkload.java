package org.rfcc.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.rfcc.compressor.CompressionRequest;
import org.rfcc.compressor.Models;
import org.rfcc.compressor.RfccCompressor;
import org.rfcc.compressor.StreamingCompressor;
import org.rfcc.compressor.corpus.EvalDocument;
import org.rfcc.compressor.embed.Offline;

/**
 * What RFCC's users do with it, independent of the benchmarks, so that {@code run --coverage} can
 * tell which of its hot methods the benchmarks miss: every preset on documents of 1,000 to 20,000
 * tokens at ratios 2 to 32, with and without a query, a batch of documents, and a streamed document.
 * Run as {@code java -cp … org.rfcc.benchmarks.RepresentativeWorkload}.
 */
public final class RepresentativeWorkload {
    /** Seed of the workload's documents: not the benchmarks' own. */
    static final long SEED = 20_261_203L;

    private RepresentativeWorkload() {}

    public static void main(String[] args) throws IOException {
        Offline.ensure();
        int[] sizes = {1_000, 5_000, 20_000};
        double[] ratios = {2, 4, 8, 16, 32};
        long kept = 0;
        for (String model : List.of("rfcc-base-2x", "rfcc-base-4x", "rfcc-base-8x")) {
            RfccCompressor compressor = Models.load(model).compressor();
            for (int size : sizes) {
                EvalDocument doc = Workload.document(size, SEED + size);
                for (double ratio : ratios) {
                    kept += compressor
                            .compress(new CompressionRequest(doc.text(), ratio))
                            .text()
                            .length();
                    kept += compressor
                            .compress(new CompressionRequest(doc.text(), ratio, doc.query()))
                            .text()
                            .length();
                }
            }
        }
        RfccCompressor base = Models.load("rfcc-base-4x").compressor();
        List<CompressionRequest> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batch.add(new CompressionRequest(Workload.document(1_000, SEED + i).text(), 4));
        }
        kept += base.compressAll(batch).size();
        EvalDocument streamed = Workload.document(20_000, SEED);
        kept += new StreamingCompressor(base).compress(new StringReader(streamed.text()), 4, null, r -> {});
        System.out.println("representative workload done: " + kept);
    }
}
