package org.briefingengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test-scope importer of the real UN General Assembly roll calls in {@code ../shared/data/unga-votes/}: each roll
 * call becomes a meeting of forum {@code unga} on its day, tagged with its issues (me, nu, di, hr, co, ec). Only the
 * years a test asks for are read, so it stays fast.
 */
final class UngaRollCalls {

    static final Path DATA = Path.of("../shared/data/unga-votes");
    static final List<String> ISSUES = List.of("me", "nu", "di", "hr", "co", "ec");
    /** rcid, session, importantvote, date: the leading fields of a record; the free-text fields that follow may span lines. */
    private static final Pattern RECORD = Pattern.compile("^(\\d+),[^,]*,[^,]*,(\\d{4})-(\\d{2})-(\\d{2}),");

    private UngaRollCalls() {
    }

    static boolean available() {
        return Files.isRegularFile(DATA.resolve("un_roll_calls.csv"))
                && Files.isRegularFile(DATA.resolve("un_roll_call_issues.csv"));
    }

    /** The roll calls of the given years as facts: forum {@code unga}, one topic per issue code. */
    static Facts read(Set<Integer> years) {
        Map<String, String> dates = new LinkedHashMap<>();
        for (String line : lines("un_roll_calls.csv")) {
            Matcher m = RECORD.matcher(line);
            if (m.find() && years.contains(Integer.parseInt(m.group(2)))) {
                dates.put(m.group(1), m.group(2) + "-" + m.group(3) + "-" + m.group(4));
            }
        }
        Map<String, List<String>> issues = new LinkedHashMap<>();
        for (String line : lines("un_roll_call_issues.csv")) {
            String[] cells = line.split(",", 3);
            if (cells.length == 3 && dates.containsKey(cells[0])) {
                issues.computeIfAbsent(cells[0], id -> new ArrayList<>()).add(cells[1]);
            }
        }
        Facts facts = Facts.facts().forums("unga").topics(ISSUES.toArray(String[]::new));
        dates.forEach((rcid, date) -> facts.meeting("rc-" + rcid, "unga", date,
                issues.getOrDefault(rcid, List.of()).toArray(String[]::new)));
        return facts;
    }

    private static List<String> lines(String file) {
        try (Stream<String> lines = Files.lines(DATA.resolve(file))) {
            return lines.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
