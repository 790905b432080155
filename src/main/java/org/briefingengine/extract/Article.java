package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One article's plain text, its paragraphs and sentences. A paragraph is a line with visible text (lines of spaces
 * or no-break spaces do not count), numbered from 1 as in {@code fixtures/README.md}; offsets are character
 * (UTF-16) positions in {@code text}.
 */
public record Article(String document, String text, List<Span> paragraphs, List<Span> sentences) {

    /** A stretch of the text: {@code start} inclusive, {@code end} exclusive, inside paragraph {@code paragraph}. */
    public record Span(int paragraph, int start, int end) { }

    public Article {
        Objects.requireNonNull(document, "document must not be null");
        Objects.requireNonNull(text, "text must not be null");
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public static Article of(String document, String text) {
        List<Span> paragraphs = paragraphs(text);
        List<Span> sentences = new ArrayList<>();
        paragraphs.forEach(p -> sentences.addAll(sentences(text, p)));
        return new Article(document, text, paragraphs, sentences);
    }

    public String quote(int start, int end) {
        return text.substring(start, end);
    }

    /** The paragraph number holding character {@code offset}. */
    public int paragraphAt(int offset) {
        for (Span p : paragraphs) {
            if (offset < p.end()) {
                return p.paragraph();
            }
        }
        return paragraphs.isEmpty() ? 1 : paragraphs.get(paragraphs.size() - 1).paragraph();
    }

    private static List<Span> paragraphs(String text) {
        List<Span> list = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int first = lineStart;
            int last = lineEnd;
            while (first < last && isSpace(text.charAt(first))) {
                first++;
            }
            while (last > first && isSpace(text.charAt(last - 1))) {
                last--;
            }
            if (first < last) {
                list.add(new Span(list.size() + 1, first, last));
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return list;
    }

    private static List<Span> sentences(String text, Span paragraph) {
        List<Span> list = new ArrayList<>();
        int start = paragraph.start();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean stop = c == '.' && !afterInitial(text, i) || c == '!' || c == '?' || c == '\u061F';
            if (stop && (i + 1 == paragraph.end() || isSpace(text.charAt(i + 1)))) {
                list.add(new Span(paragraph.paragraph(), start, i + 1));
                start = i + 1;
                while (start < paragraph.end() && isSpace(text.charAt(start))) {
                    start++;
                }
            }
        }
        if (start < paragraph.end()) {
            list.add(new Span(paragraph.paragraph(), start, paragraph.end()));
        }
        return list;
    }

    /** "U.S." and "J. Smith": a full stop after a lone capital letter ends an initial, not a sentence. */
    private static boolean afterInitial(String text, int dot) {
        if (dot < 1 || !Character.isUpperCase(text.charAt(dot - 1))) {
            return false;
        }
        return dot < 2 || !Character.isLetter(text.charAt(dot - 2));
    }

    /** Whitespace as Python's {@code str.strip()} sees it, which includes the no-break spaces Java's does not. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
