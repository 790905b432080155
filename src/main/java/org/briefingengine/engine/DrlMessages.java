package org.briefingengine.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingengine.ingest.Suggestions;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages into one line per real problem, placed in the file on disk. Drools usually reports
 * column 0 and hides the real one in the text ({@code [Line: 9, Column: 4]} or {@code line 9:4}); a parse error is
 * followed by a "Parser returned a null Package" message that says nothing new and is dropped.
 */
final class DrlMessages {

    private static final Pattern LINE_COLUMN = Pattern.compile("\\[\\s*Line:\\s*(\\d+),\\s*Column:\\s*(\\d+)\\s*\\]");
    private static final Pattern PARSER_AT = Pattern.compile("(?:\\[ERR \\d+\\] )?[Ll]ine (\\d+):(\\d+)\\s*");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "(?:unable to resolve method using strict-mode: |Unknown accessor |field )([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern FIELD_ON_TYPE = Pattern.compile("Unable to find field '?(\\w+)'? on type ([\\w.$]+)|"
            + "Unknown field (\\w+) on ([\\w.$]+)");

    private static final Pattern DETAIL = Pattern.compile("\\[Error: ([^\\]]+)\\]");

    private DrlMessages() {
    }

    static List<RuleProblem> toProblems(List<Message> messages, Map<String, Path> filesByVirtualPath) {
        List<RuleProblem> problems = new ArrayList<>();
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
                column = Integer.parseInt(at.group(2));
            } else if (parserAt.find()) {
                line = Integer.parseInt(parserAt.group(1));
                column = Integer.parseInt(parserAt.group(2)) + 1;
            }
            String readable = parserAt.find(0) ? parserAt.replaceFirst("") : text;
            RuleProblem problem = new RuleProblem(file, line, column, explain(readable));
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** A short first line, with a "did you mean" for a misspelt field of a fact type. */
    static String explain(String text) {
        String firstLine = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(text);
        Matcher unknown = UNKNOWN_FIELD.matcher(text);
        if (unknown.find()) {
            return unknownField(unknown.group(2), unknown.group(1)).orElse(firstLine);
        }
        Matcher onType = FIELD_ON_TYPE.matcher(text);
        if (onType.find()) {
            String field = onType.group(1) != null ? onType.group(1) : onType.group(3);
            String type = onType.group(2) != null ? onType.group(2) : onType.group(4);
            return unknownField(field, type).orElse(firstLine);
        }
        Matcher detail = DETAIL.matcher(text);
        String full = detail.find() ? stripColon(firstLine) + ": " + detail.group(1).strip() : firstLine;
        return full.length() > 300 ? full.substring(0, 300) + "…" : full;
    }

    private static String stripColon(String line) {
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }

    private static java.util.Optional<String> unknownField(String field, String typeName) {
        try {
            Class<?> type = Class.forName(typeName);
            List<String> fields = type.isRecord()
                    ? Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList()
                    : List.of();
            String simple = type.getSimpleName();
            return java.util.Optional.of("unknown field '" + field + "' on " + simple
                    + Suggestions.didYouMean(field, fields)
                    + (fields.isEmpty() ? "" : "; fields: " + fields.stream().collect(Collectors.joining(", "))));
        } catch (ClassNotFoundException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }
}
