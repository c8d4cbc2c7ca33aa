package kopru.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Smaller copies of an image for srcset: never wider than the original, never upscaled. */
final class Resizer {
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    record Variant(int width, byte[] bytes) {
    }

    private Resizer() {
    }

    static List<Variant> variants(MediaFormat format, int originalWidth, BufferedImage pixels) {
        List<Variant> variants = new ArrayList<>();
        if (!format.resizable) {
            return variants;
        }
        for (int width : WIDTHS) {
            if (width < originalWidth) {
                variants.add(new Variant(width, encode(format, scale(format, pixels, width))));
            }
        }
        return variants;
    }

    private static BufferedImage scale(MediaFormat format, BufferedImage source, int width) {
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        // JPEG has no alpha channel; PNG keeps its transparency.
        BufferedImage target = new BufferedImage(width, height, format == MediaFormat.JPEG ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(MediaFormat format, BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format.imageIoName, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
