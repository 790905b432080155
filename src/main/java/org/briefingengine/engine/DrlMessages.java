package org.briefingengine.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingengine.model.Suggestions;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages into one line per real problem, placed in the file on disk. Drools usually reports
 * column 0 and hides the real one in the text ({@code [Line: 9, Column: 4]} or {@code line 9:4}, both counted from
 * 0); a parse error is followed by a "Parser returned a null Package" message that says nothing new and is dropped.
 * Columns in the problems count from 1, like the line; a misspelt field is pointed at where it is written.
 */
final class DrlMessages {

    private static final Pattern LINE_COLUMN = Pattern.compile("\\[\\s*Line:\\s*(\\d+),\\s*Column:\\s*(\\d+)\\s*\\]");
    private static final Pattern PARSER_AT = Pattern.compile("(?:\\[ERR \\d+\\] )?[Ll]ine (\\d+):(\\d+)\\s*");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "(?:unable to resolve method using strict-mode: |Unknown accessor |field )([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern FIELD_ON_TYPE = Pattern.compile("Unable to find field '?(\\w+)'? on type ([\\w.$]+)|"
            + "Unknown field (\\w+) on ([\\w.$]+)");
    /** A binding to a missing field, {@code $f : forrum}: Drools names neither the type nor the column. */
    private static final Pattern FIELD_READER = Pattern.compile(
            "Field Reader does not exist for declaration '[^']*' in '[^':]*:\\s*(\\w+)\\s*'");
    private static final Pattern PATTERN_TYPE = Pattern.compile("([A-Z][\\w$]*)\\s*\\(");
    /** Where the fact types rules match on live, for types a message names only by their simple name. */
    private static final List<String> FACT_PACKAGES = List.of("org.briefingengine.engine.facts.",
            "org.briefingengine.model.");

    /** Java errors in a consequence: Drools places them on the {@code rule} line; the culprit is named in the text. */
    private static final Pattern CONSEQUENCE_CULPRIT = Pattern.compile(
            "Rule Compilation error.*?(?:\\b([\\w$]+) cannot be resolved|The method ([\\w$]+)\\(|"
                    + "The constructor ([\\w$]+)\\()", Pattern.DOTALL);

    private static final Pattern DETAIL = Pattern.compile("\\[Error: ([^\\]]+)\\]");

    private DrlMessages() {
    }

    static List<RuleProblem> toProblems(List<Message> messages, Map<String, Path> filesByVirtualPath) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<Path, List<String>> sources = new HashMap<>();
        for (Message message : messages) {
            String text = message.getText() == null ? "" : message.getText().strip();
            if (text.contains("Parser returned a null Package")) {
                continue;
            }
            Path file = filesByVirtualPath.getOrDefault(message.getPath(), Path.of(String.valueOf(message.getPath())));
            int line = message.getLine();
            int column = message.getColumn();
            Matcher at = LINE_COLUMN.matcher(text);
            Matcher parserAt = PARSER_AT.matcher(text);
            if (at.find()) {
                line = Math.max(line, Integer.parseInt(at.group(1)));
                column = Integer.parseInt(at.group(2)) + 1;
            } else if (parserAt.find()) {
                line = Integer.parseInt(parserAt.group(1));
                column = Integer.parseInt(parserAt.group(2)) + 1;
            }
            String readable = parserAt.find(0) ? parserAt.replaceFirst("") : text;
            int[] inConsequence = consequencePlace(readable, lines(sources, file), line);
            if (inConsequence != null) {
                line = inConsequence[0];
                column = inConsequence[1];
            }
            String sourceLine = sourceLine(sources, file, line);
            Optional<UnknownField> unknown = unknownField(readable, sourceLine);
            String explained = unknown.flatMap(UnknownField::explain).orElseGet(() -> explain(readable));
            if (unknown.isPresent()) {
                column = columnOf(unknown.get().field(), sourceLine, column);
            }
            RuleProblem problem = new RuleProblem(file, line, column, explained);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** A short first line, with a "did you mean" for a misspelt field of a fact type. */
    static String explain(String text) {
        String firstLine = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(text);
        Optional<String> unknown = unknownField(text, "").flatMap(UnknownField::explain);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Matcher detail = DETAIL.matcher(text);
        String full = detail.find() ? stripColon(firstLine) + ": " + detail.group(1).strip() : firstLine;
        return full.length() > 300 ? full.substring(0, 300) + "…" : full;
    }

    private static String stripColon(String line) {
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }

    /** The misspelt field and the type it was looked up on, when the message is about one. */
    private static Optional<UnknownField> unknownField(String text, String sourceLine) {
        Matcher unknown = UNKNOWN_FIELD.matcher(text);
        if (unknown.find()) {
            return Optional.of(new UnknownField(unknown.group(2), unknown.group(1)));
        }
        Matcher onType = FIELD_ON_TYPE.matcher(text);
        if (onType.find()) {
            return Optional.of(onType.group(1) != null ? new UnknownField(onType.group(1), onType.group(2))
                    : new UnknownField(onType.group(3), onType.group(4)));
        }
        Matcher reader = FIELD_READER.matcher(text);
        if (reader.find()) {
            String field = reader.group(1);
            return patternTypeBefore(field, sourceLine).map(type -> new UnknownField(field, type));
        }
        return Optional.empty();
    }

    /** The fact type of the pattern that holds {@code field} on the line: the last {@code Type(} before it. */
    private static Optional<String> patternTypeBefore(String field, String sourceLine) {
        Matcher fieldAt = word(field).matcher(sourceLine);
        int end = fieldAt.find() ? fieldAt.start() : sourceLine.length();
        Matcher type = PATTERN_TYPE.matcher(sourceLine.substring(0, end));
        String last = null;
        while (type.find()) {
            last = type.group(1);
        }
        return Optional.ofNullable(last);
    }

    /** 1-based column of {@code field} on the line at or after the column Drools gave, else that column. */
    private static int columnOf(String field, String sourceLine, int column) {
        Matcher m = word(field).matcher(sourceLine);
        if (m.find(Math.max(0, Math.min(column - 1, sourceLine.length()))) || m.find(0)) {
            return m.start() + 1;
        }
        return column;
    }

    private static Pattern word(String field) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(field) + "(?![\\w$])");
    }

    /**
     * Line and 1-based column of the identifier a consequence error names, searched between the {@code then} and the
     * {@code end} of the rule that starts at {@code ruleLine}; null when it cannot be found.
     */
    private static int[] consequencePlace(String text, List<String> lines, int ruleLine) {
        Matcher culprit = CONSEQUENCE_CULPRIT.matcher(text);
        if (!culprit.find() || ruleLine < 1) {
            return null;
        }
        String name = culprit.group(1) != null ? culprit.group(1)
                : culprit.group(2) != null ? culprit.group(2) : culprit.group(3);
        boolean inThen = false;
        for (int i = ruleLine - 1; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.equals("end") || (i > ruleLine - 1 && stripped.startsWith("rule "))) {
                break;
            }
            if (!inThen) {
                inThen = stripped.equals("then") || stripped.startsWith("then ");
                continue;
            }
            Matcher at = word(name).matcher(lines.get(i));
            if (at.find()) {
                return new int[] {i + 1, at.start() + 1};
            }
        }
        return null;
    }

    private static List<String> lines(Map<Path, List<String>> sources, Path file) {
        return sources.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(f);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }

    private static String sourceLine(Map<Path, List<String>> sources, Path file, int line) {
        List<String> lines = lines(sources, file);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private record UnknownField(String field, String typeName) {

        /** "unknown field 'forrum' on MeetingFact (did you mean 'forum'?)"; the fields are listed when no guess fits. */
        Optional<String> explain() {
            Optional<Class<?>> type = resolve(typeName);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            List<String> fields = type.get().isRecord()
                    ? Arrays.stream(type.get().getRecordComponents()).map(c -> c.getName()).toList()
                    : List.of();
            String guess = Suggestions.didYouMean(field, fields);
            return Optional.of("unknown field '" + field + "' on " + type.get().getSimpleName() + guess
                    + (guess.isEmpty() && !fields.isEmpty() ? "; fields: " + String.join(", ", fields) : ""));
        }

        private static Optional<Class<?>> resolve(String name) {
            List<String> candidates = name.contains(".") ? List.of(name)
                    : FACT_PACKAGES.stream().map(p -> p + name).collect(Collectors.toList());
            for (String candidate : candidates) {
                try {
                    return Optional.of(Class.forName(candidate));
                } catch (ClassNotFoundException | LinkageError e) {
                    // try the next package
                }
            }
            return Optional.empty();
        }
    }
}
