import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the StoreDesk icon at every size the installers and the window need: java StoreDeskIcon.java assets/icons */
public class StoreDeskIcon {
    public static void main(String[] args) throws Exception {
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = size / 512.0;
            g.setPaint(new GradientPaint(0, 0, new Color(0x1F, 0x6F, 0xEB), 0, size, new Color(0x0A, 0x4A, 0xB8)));
            g.fill(new RoundRectangle2D.Double(16 * s, 16 * s, 480 * s, 480 * s, 112 * s, 112 * s));
            // shopping bag body
            g.setColor(Color.WHITE);
            Path2D bag = new Path2D.Double();
            bag.moveTo(128 * s, 190 * s);
            bag.lineTo(384 * s, 190 * s);
            bag.lineTo(404 * s, 410 * s);
            bag.quadTo(406 * s, 430 * s, 386 * s, 430 * s);
            bag.lineTo(126 * s, 430 * s);
            bag.quadTo(106 * s, 430 * s, 108 * s, 410 * s);
            bag.closePath();
            g.fill(bag);
            // handle
            g.setStroke(new BasicStroke((float) (30 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Arc2D.Double(186 * s, 96 * s, 140 * s, 180 * s, 0, 180, Arc2D.OPEN));
            // rising bars: live sales
            g.setColor(new Color(0x1F, 0x6F, 0xEB));
            double[] heights = {70, 110, 150};
            for (int i = 0; i < 3; i++) {
                double x = (176 + i * 60) * s;
                double h = heights[i] * s;
                g.fill(new RoundRectangle2D.Double(x, 395 * s - h, 40 * s, h, 10 * s, 10 * s));
            }
            g.dispose();
            ImageIO.write(img, "png", new File(args[0], "storedesk-" + size + ".png"));
        }
    }
}
