package org.briefingengine.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.extract.text.Token;
import org.briefingengine.model.DatePrecision;
import org.briefingengine.model.PartialDate;

/**
 * Dates as precise as the text gives them: "24 شباط/فبراير 2021" (both month series, either alone), "من 11 إلى 13
 * تشرين الثاني/نوفمبر 2021" and "11–13 November 2021" (ranges), "November 11, 2021", "آذار/مارس 2021" (a month),
 * "في عام ٢٠١٧" (a year, Eastern Arabic digits included), and "today"/«اليوم» when the publication date is known.
 * A date after "since"/«منذ» is marked, not dropped: it is a starting point, not a meeting.
 */
final class DateFinder {

    private final Lexicons lexicons;
    private final Article article;
    private final List<Token> tokens;
    private final int[] sentenceOf;
    private final PartialDate published;
    private final List<Analysis.ReviewNote> notes;
    private final Map<Integer, Cue> cueAt = new HashMap<>();
    private final boolean[] used;
    private final int minYear;
    private final int maxYear;

    DateFinder(Lexicons lexicons, Article article, List<Token> tokens, int[] sentenceOf, List<Cue> cues,
               PartialDate published, List<Analysis.ReviewNote> notes) {
        this.lexicons = lexicons;
        this.article = article;
        this.tokens = tokens;
        this.sentenceOf = sentenceOf;
        this.published = published;
        this.notes = notes;
        this.used = new boolean[tokens.size()];
        cues.forEach(c -> cueAt.putIfAbsent(c.from(), c));
        this.minYear = lexicons.minYear;
        this.maxYear = lexicons.maxYear;
    }

    List<FoundDate> find() {
        List<FoundDate> dates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Cue cue = cueAt.get(i);
            if (cue != null && cue.kind().equals("month") && !used[i]) {
                monthDate(cue).ifPresent(dates::add);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Cue cue = cueAt.get(i);
            if (!used[i] && isYear(i)) {
                used[i] = true;
                dates.add(found(new PartialDate(LocalDate.of(tokens.get(i).number(), 1, 1), DatePrecision.YEAR),
                        null, yearStart(i), i + 1));
            } else if (cue != null && cue.kind().equals("relativeDay")) {
                relative(cue).ifPresent(dates::add);
            }
        }
        dates.sort(java.util.Comparator.comparingInt(FoundDate::from));
        return dates;
    }

    private java.util.Optional<FoundDate> monthDate(Cue month) {
        int monthEnd = alternateMonthEnd(month);
        int year = -1;
        int dayAfter = -1;
        int dayAfterEnd = -1;
        int end = monthEnd;
        if (monthEnd < tokens.size() && isDay(monthEnd)) {
            dayAfter = monthEnd;
            dayAfterEnd = rangeEnd(monthEnd);
            if (dayAfterEnd + 1 <= tokens.size() && dayAfterEnd < tokens.size() && isYear(dayAfterEnd)) {
                year = dayAfterEnd;
            } else {
                dayAfter = -1;
            }
        }
        if (year < 0 && monthEnd < tokens.size() && isYear(monthEnd)) {
            year = monthEnd;
        }
        if (year < 0) {
            return java.util.Optional.empty();
        }
        end = year + 1;
        int y = tokens.get(year).number();
        int m = month.value();
        int start = month.from();
        Integer firstDay = null;
        Integer lastDay = null;
        if (dayAfter >= 0) {
            firstDay = dayOf(dayAfter);
            lastDay = dayAfterEnd - 1 > dayAfter ? dayOf(dayAfterEnd - 1) : null;
        } else if (month.from() > 0 && isDay(month.from() - 1)) {
            int last = month.from() - 1;
            int first = rangeStartBefore(last);
            start = first;
            firstDay = dayOf(first);
            lastDay = first < last ? dayOf(last) : null;
        }
        for (int t = start; t < end; t++) {
            used[t] = true;
        }
        try {
            if (firstDay == null) {
                return java.util.Optional.of(found(new PartialDate(YearMonth.of(y, m).atDay(1), DatePrecision.MONTH),
                        null, start, end));
            }
            PartialDate first = PartialDate.ofDay(LocalDate.of(y, m, firstDay));
            PartialDate last = lastDay == null ? null : PartialDate.ofDay(LocalDate.of(y, m, lastDay));
            return java.util.Optional.of(found(first, last, start, end));
        } catch (DateTimeException e) {
            notes.add(new Analysis.ReviewNote("impossible date «" + article.quote(tokens.get(start).start(),
                    tokens.get(end - 1).end()) + "»: not used", tokens.get(start).start(), tokens.get(end - 1).end()));
            return java.util.Optional.empty();
        }
    }

    /** «تشرين الثاني/نوفمبر»: a month followed by a slash and the same month in the other series is one month. */
    private int alternateMonthEnd(Cue month) {
        int end = month.to();
        Cue next = cueAt.get(end);
        if (next != null && next.kind().equals("month") && next.value() == month.value()
                && gap(end - 1, end).contains("/")) {
            for (int t = month.from(); t < next.to(); t++) {
                used[t] = true;
            }
            return next.to();
        }
        return end;
    }

    /** The token after a day or a day range starting at {@code day} ("11–13", "11 to 13"). */
    private int rangeEnd(int day) {
        if (day + 1 < tokens.size() && conjoined(day + 1)) {
            return day + 2;
        }
        if (day + 1 < tokens.size() && isDay(day + 1) && isDash(gap(day, day + 1))) {
            return day + 2;
        }
        if (day + 2 < tokens.size() && isRangeWord(day + 1) && isDay(day + 2)) {
            return day + 3;
        }
        return day + 1;
    }

    /** The first day of a range ending at {@code day}: "11–13", «من 11 إلى 13», "du 11 au 13". */
    private int rangeStartBefore(int day) {
        if (day >= 1 && conjoined(day) && isDay(day - 1)) {
            return day - 1;
        }
        if (day >= 1 && isDay(day - 1) && isDash(gap(day - 1, day))) {
            return day - 1;
        }
        if (day >= 2 && isRangeWord(day - 1) && isDay(day - 2)) {
            return day - 2;
        }
        return day;
    }

    private java.util.Optional<FoundDate> relative(Cue cue) {
        if (published == null || published.precision() != DatePrecision.DAY) {
            notes.add(new Analysis.ReviewNote("«" + article.quote(cue.start(), cue.end())
                    + "» needs the publication date: give --published", cue.start(), cue.end()));
            return java.util.Optional.empty();
        }
        java.time.LocalDate day = published.earliest().plusDays(cue.value());
        Cue weekday = cueAt.get(cue.to());
        if (weekday != null && weekday.kind().equals("weekday") && weekday.value() != day.getDayOfWeek().getValue()) {
            notes.add(new Analysis.ReviewNote("«" + article.quote(cue.start(), weekday.end()) + "» is not "
                    + day + " (a " + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + "): check --published", cue.start(), weekday.end()));
        }
        return java.util.Optional.of(found(PartialDate.ofDay(day), null, cue.from(), cue.to()));
    }

    private FoundDate found(PartialDate date, PartialDate end, int from, int to) {
        return new FoundDate(date, end, from, to, tokens.get(from).start(), tokens.get(to - 1).end(),
                sentenceOf[from], afterSince(from));
    }

    /** "since"/«منذ» up to four words before the date («منذ استهلاله في عام 2018»). */
    private boolean afterSince(int from) {
        for (int t = Math.max(0, from - 4); t < from; t++) {
            Cue c = cueAt.get(t);
            if (c != null && c.kind().equals("since") && sentenceOf[t] == sentenceOf[from]) {
                return true;
            }
        }
        return false;
    }

    private int yearStart(int year) {
        return year > 0 && lexicons.yearWords.contains(tokens.get(year - 1).norm())
                && sentenceOf[year - 1] == sentenceOf[year] ? year - 1 : year;
    }

    private boolean isYear(int i) {
        Token t = tokens.get(i);
        return t.isNumber() && t.norm().length() == 4 && t.number() >= minYear && t.number() <= maxYear;
    }

    private boolean isDay(int i) {
        return dayOf(i) > 0;
    }

    /** The day a token gives: "13", or «و22» (and 22) in «يومي 21 و22»; -1 when it gives none. */
    private int dayOf(int i) {
        String norm = tokens.get(i).norm();
        for (String conj : lexicons.conjunctions) {
            if (norm.startsWith(conj) && norm.length() > conj.length()) {
                norm = norm.substring(conj.length());
            }
        }
        if (norm.isEmpty() || norm.length() > 2 || !norm.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int day = Integer.parseInt(norm);
        return day >= 1 && day <= 31 ? day : -1;
    }

    /** «و22»: a day glued to the conjunction that joins it to the day before. */
    private boolean conjoined(int i) {
        return isDay(i) && !tokens.get(i).isNumber();
    }

    private boolean isRangeWord(int i) {
        return lexicons.rangeWords.contains(tokens.get(i).norm());
    }

    private String gap(int left, int right) {
        return article.text().substring(tokens.get(left).end(), tokens.get(right).start());
    }

    private static boolean isDash(String gap) {
        String g = gap.strip();
        return g.equals("-") || g.equals("–") || g.equals("—") || g.equals("‐");
    }
}
