package org.briefingengine.extract;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article as UTF-8 plain text, or as HTML turned into text: one paragraph per block element, scripts and
 * styles dropped, character references decoded. Line endings become {@code \n} so offsets are the same everywhere.
 */
public final class ArticleReader {

    /** An article longer than this is not an article; refuse it before tokenising it. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style|noscript|template)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|title)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    public Article read(Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ArticleException(file + ": article is too big (" + size + " bytes, limit "
                        + MAX_BYTES / (1024 * 1024) + " MiB): split it");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Article.of(name, isHtml(name, text) ? htmlToText(text) : text);
        } catch (CharacterCodingException e) {
            throw new ArticleException(file + ": not UTF-8 text: save the article as UTF-8 and try again");
        } catch (IOException e) {
            throw new ArticleException(file + ": cannot read the article (" + e.getMessage() + ")");
        }
    }

    static boolean isHtml(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return true;
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static String htmlToText(String html) {
        String text = DROPPED.matcher(html).replaceAll(" ");
        text = BLOCK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return decodeEntities(text);
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String body, String whole) {
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
            }
            if (body.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return switch (body) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            case "laquo" -> "«";
            case "raquo" -> "»";
            case "ndash" -> "–";
            case "mdash" -> "—";
            case "rsquo" -> "’";
            case "lsquo" -> "‘";
            case "hellip" -> "…";
            default -> whole;
        };
    }
}
