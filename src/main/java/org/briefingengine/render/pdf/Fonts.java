package org.briefingengine.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The embedded fonts of one document: DejaVu Sans for Latin text, Amiri for Arabic (parsed only when a document
 * sets Arabic), read from the class path. Parsing a font file is the costly part, so a rendering borrows parsed
 * fonts with {@link #borrow} and gives them back with {@link #giveBack}; two renderings at once get different ones.
 */
final class Fonts {

    static final String SANS = "DejaVuSans.ttf";
    static final String SANS_BOLD = "DejaVuSans-Bold.ttf";
    static final String ARABIC = "Amiri-Regular.ttf";
    static final String ARABIC_BOLD = "Amiri-Bold.ttf";

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Queue<Fonts> IDLE = new ConcurrentLinkedQueue<>();

    final BaseFont sans;
    final BaseFont sansBold;
    private BaseFont arabic;
    private BaseFont arabicBold;

    Fonts() {
        sans = load(SANS);
        sansBold = load(SANS_BOLD);
    }

    /** Parsed fonts no other rendering is using, their subset names starting afresh as for new fonts. */
    static Fonts borrow() {
        Fonts fonts = IDLE.poll();
        if (fonts == null) {
            return new Fonts();
        }
        fonts.reseed();
        return fonts;
    }

    /** Hands the fonts back once their document is closed. */
    void giveBack() {
        IDLE.offer(this);
    }

    BaseFont arabic() {
        if (arabic == null) {
            arabic = load(ARABIC);
        }
        return arabic;
    }

    BaseFont arabicBold() {
        if (arabicBold == null) {
            arabicBold = load(ARABIC_BOLD);
        }
        return arabicBold;
    }

    Font sans(float size) {
        return new Font(sans, size, Font.NORMAL, Palette.INK);
    }

    Font sansBold(float size) {
        return new Font(sansBold, size, Font.NORMAL, Palette.INK);
    }

    /** The Arabic face matching a Latin one in size, weight and colour. */
    Font arabicFor(Font latin) {
        boolean bold = latin.getBaseFont() == sansBold;
        // Amiri's letters are smaller than DejaVu's at the same point size; a little larger reads evenly.
        return new Font(bold ? arabicBold() : arabic(), latin.getSize() * 1.15f, Font.NORMAL, latin.getColor());
    }

    /** The same face as an AWT font, so charts measure text with exactly the glyphs the PDF embeds. */
    static java.awt.Font awt(String name, float size) {
        try (InputStream in = new ByteArrayInputStream(bytes(name))) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + name + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reseed() {
        seed(sans, SANS);
        seed(sansBold, SANS_BOLD);
        if (arabic != null) {
            seed(arabic, ARABIC);
        }
        if (arabicBold != null) {
            seed(arabicBold, ARABIC_BOLD);
        }
    }

    private static BaseFont load(String name) {
        try {
            return seed(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(name), null),
                    name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    /**
     * A subset-name generator seeded from the font file's name, new for each document: the same report gives the
     * same subset names and so the same bytes.
     */
    private static BaseFont seed(BaseFont font, String name) {
        try {
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(name.getBytes(StandardCharsets.UTF_8));
            font.setSecureRandom(seeded);
            return font;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is missing from this Java runtime", e);
        }
    }

    private static byte[] bytes(String name) {
        return BYTES.computeIfAbsent(name, n -> {
            try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("font /fonts/" + n + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font /fonts/" + n, e);
            }
        });
    }
}
