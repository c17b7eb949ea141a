package org.rfcc.compressor.embed;

import java.util.Collection;

/** Small dense-vector helpers over {@code float[]}. */
public final class Vectors {
    private Vectors() {}

    /** The dot product; the cosine similarity when both vectors have unit length. */
    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Scales {@code v} in place to unit length (left as is when it is all zeros). */
    public static float[] normalize(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }

    /** The unit-length mean direction of {@code vectors}. */
    public static float[] centroid(Collection<float[]> vectors, int dimension) {
        float[] c = new float[dimension];
        for (float[] v : vectors) {
            for (int i = 0; i < dimension; i++) {
                c[i] += v[i];
            }
        }
        return normalize(c);
    }
}
