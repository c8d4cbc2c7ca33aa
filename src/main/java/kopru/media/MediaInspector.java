package kopru.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Tells what a file is from its bytes alone (never its name or declared type): a PDF by its header, an image by
 * the ImageIO reader that recognises its signature and then decodes it. Dimensions are read from the header
 * first, so a decompression bomb is refused before any pixel is decoded.
 */
final class MediaInspector {
    /** About 40 megapixels: more than any newsroom camera, less than a bomb (decoding keeps the pixels in memory). */
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 12_000;
    /** Decoding keeps at most this width: enough for the largest variant and far less memory for huge photos. */
    private static final int DECODE_WIDTH = 1600;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** What the bytes are; for images also their size and a (possibly subsampled) decoded copy for resizing. */
    record Inspection(MediaFormat format, Integer width, Integer height, BufferedImage pixels) {
    }

    private MediaInspector() {
    }

    static Inspection inspect(byte[] bytes) {
        if (bytes.length >= PDF_MAGIC.length && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return new Inspection(MediaFormat.PDF, null, null, null);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new MediaRejectedException(MediaRejectedException.Problem.UNKNOWN_TYPE, "no known signature");
            }
            ImageReader reader = readers.next();
            try {
                String formatName = reader.getFormatName();
                MediaFormat format = MediaFormat.byImageIoName(formatName)
                        .orElseThrow(() -> new MediaRejectedException(MediaRejectedException.Problem.UNKNOWN_TYPE, formatName));
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new MediaRejectedException(MediaRejectedException.Problem.TOO_MANY_PIXELS, width + "x" + height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, width / DECODE_WIDTH);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage pixels = reader.read(0, param);
                return new Inspection(format, width, height, pixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            // Truncated or corrupt data surfaces as any of several exceptions inside the decoders.
            throw new MediaRejectedException(MediaRejectedException.Problem.UNDECODABLE, e.getClass().getSimpleName());
        }
    }
}
