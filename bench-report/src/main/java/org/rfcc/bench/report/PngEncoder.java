package org.rfcc.bench.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG (8-bit truecolour, no row filter, fastest deflate). ImageIO's
 * writer tries every row filter at a high deflate level and takes several times longer for a
 * chart, which is mostly flat colour and compresses well either way.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte COLOUR_TYPE_RGB = 2;
    private static final byte FILTER_NONE = 0;

    private PngEncoder() {}

    /** The PNG bytes of {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected a TYPE_INT_RGB image, got type " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        if (pixels.length != w * h) {
            throw new IllegalArgumentException("expected a whole image, not a view into a larger one");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            DataOutputStream png = new DataOutputStream(out);
            png.write(SIGNATURE);
            ByteBuffer header = ByteBuffer.allocate(13)
                    .putInt(w)
                    .putInt(h)
                    .put((byte) 8) // bits per channel
                    .put(COLOUR_TYPE_RGB)
                    .put((byte) 0) // deflate
                    .put((byte) 0) // adaptive filtering, each row says its filter
                    .put((byte) 0); // not interlaced
            chunk(png, "IHDR", header.array());
            chunk(png, "IDAT", deflated(pixels, w, h));
            chunk(png, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array stream cannot fail", e);
        }
    }

    private static byte[] deflated(int[] pixels, int w, int h) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream data = new ByteArrayOutputStream(128 * 1024);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + 3 * w];
            row[0] = FILTER_NONE;
            for (int y = 0; y < h; y++) {
                int offset = y * w;
                for (int x = 0, i = 1; x < w; x++) {
                    int p = pixels[offset + x];
                    row[i++] = (byte) (p >>> 16);
                    row[i++] = (byte) (p >>> 8);
                    row[i++] = (byte) p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        png.writeInt((int) crc.getValue());
    }
}
