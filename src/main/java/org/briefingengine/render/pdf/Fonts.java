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
import java.util.concurrent.ConcurrentHashMap;

/** The embedded fonts of one document: DejaVu Sans for Latin text, Amiri for Arabic, read from the class path. */
final class Fonts {

    static final String SANS = "DejaVuSans.ttf";
    static final String SANS_BOLD = "DejaVuSans-Bold.ttf";
    static final String ARABIC = "Amiri-Regular.ttf";
    static final String ARABIC_BOLD = "Amiri-Bold.ttf";

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    final BaseFont sans;
    final BaseFont sansBold;
    final BaseFont arabic;
    final BaseFont arabicBold;

    Fonts() {
        sans = load(SANS);
        sansBold = load(SANS_BOLD);
        arabic = load(ARABIC);
        arabicBold = load(ARABIC_BOLD);
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
        return new Font(bold ? arabicBold : arabic, latin.getSize() * 1.15f, Font.NORMAL, latin.getColor());
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

    /**
     * Not cached across documents: each document gets its own font objects with a subset-name generator seeded
     * from the font name, so the same report gives the same subset names and so the same bytes.
     */
    private static BaseFont load(String name) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(name), null);
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(name.getBytes(StandardCharsets.UTF_8));
            font.setSecureRandom(seeded);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
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
