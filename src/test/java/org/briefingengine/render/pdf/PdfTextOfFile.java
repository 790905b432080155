package org.briefingengine.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a pack on disk, whitespace squashed, for tests outside this package. */
public final class PdfTextOfFile {

    private PdfTextOfFile() {
    }

    public static String of(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
            return PdfText.squash(new PDFTextStripper().getText(document));
        }
    }
}
