package org.briefingengine.engine;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place statements get their English: plurals, lists joined with "and", numbers and periods in words. Rule
 * consequences reach it through {@code out} ({@code out.count( 3, "meeting" )}); renderers may call it directly.
 */
public final class Phrasing {

    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};
    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};
    private static final String[] QUARTERS = {"first", "second", "third", "fourth"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Phrasing() {
    }

    /** "no meetings", "one meeting", "12 meetings": numbers up to ten in words. */
    public static String count(long n, String noun) {
        return number(n) + " " + (n == 1 ? noun : plural(noun));
    }

    /** A whole number in words up to ten, in digits above with the thousands grouped: "seven", "12", "6,202". */
    public static String number(long n) {
        return n >= 0 && n < SMALL.length ? SMALL[(int) n] : digits(n);
    }

    /** Digits with the thousands grouped as English prose writes them: "957", "6,202", "870,109". */
    public static String digits(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** "meeting" → "meetings", "party" → "parties", "co-chair" → "co-chairs", "process" → "processes". */
    public static String plural(String noun) {
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /**
     * "A", "A and B", "A, B and C". When an item holds "and" or a comma itself, the joins are made stronger so the
     * items stay apart: "climate, and inclusion and inequality"; "civic space; climate; inclusion and inequality; and
     * migration"; "women, peace and security; and climate". Names that each start with "the" mark their own starts,
     * so "and" inside one needs no more: "the Paris Peace Forum and the UN meetings on prevention and mediation".
     */
    public static String list(Collection<?> items) {
        List<String> words = items.stream().map(String::valueOf).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        boolean comma = words.stream().anyMatch(w -> w.contains(","));
        boolean articles = words.stream().allMatch(w -> w.startsWith("the ") || w.startsWith("The "));
        boolean compound = comma || !articles && words.stream().anyMatch(w -> w.contains(" and "));
        String separator = comma || compound && words.size() > 2 ? "; " : ", ";
        String lastJoin = compound ? separator.trim() + " and " : " and ";
        return String.join(separator, words.subList(0, words.size() - 1)) + lastJoin + words.get(words.size() - 1);
    }

    /**
     * A name as it reads inside a sentence: forums and organisations take "the" ("the Paris Peace Forum", "the United
     * Nations"), states mostly do not ("France"), except those whose English name is a description ("the United
     * States of America", "the Russian Federation").
     */
    public static String withArticle(String name, boolean organisation) {
        if (name.isEmpty() || name.startsWith("the ") || name.startsWith("The ")) {
            return name;
        }
        boolean describedState = name.startsWith("United ") || name.startsWith("Russian ")
                || name.startsWith("Republic ") || name.startsWith("Democratic ") || name.startsWith("Central African")
                || name.startsWith("Dominican ") || name.startsWith("Czech ") || name.startsWith("Netherlands")
                || name.startsWith("Philippines") || name.startsWith("Gambia") || name.startsWith("Syrian ")
                || name.startsWith("Holy See") || name.startsWith("Bahamas") || name.startsWith("Comoros")
                || name.startsWith("Maldives") || name.startsWith("Marshall ") || name.startsWith("Solomon ");
        return organisation || describedState ? "the " + name : name;
    }

    /**
     * The English name of a fact id as it reads inside a sentence (see {@link #withArticle}); a topic by its label in
     * a sentence ({@link org.briefingengine.model.Topic#inSentence}).
     */
    public static String nameIn(org.briefingengine.model.FactSet facts, String id) {
        var topic = facts.topic(id);
        boolean onlyATopic = facts.forum(id).isEmpty() && facts.actor(id).isEmpty() && facts.person(id).isEmpty();
        if (topic.isPresent() && onlyATopic) {
            return topic.get().inSentence();
        }
        boolean organisation = facts.forum(id).isPresent() || facts.actor(id)
                .map(a -> a.type() != org.briefingengine.model.ActorType.STATE).orElse(false);
        return withArticle(facts.nameOf(id), organisation);
    }

    /** The sentence with its first letter in capitals ("the Alliance grew" → "The Alliance grew"). */
    public static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence
                : sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
    }

    /**
     * Whether a label names a plural ("Ceasefires", "Human rights", "Weapons of mass destruction"), for verb agreement:
     * its first or last word ends in a single s ("Ceasefires were raised", "Civic space was raised").
     */
    public static boolean isPlural(String label) {
        String[] words = label.trim().split("\\s+");
        return pluralWord(words[words.length - 1]) || pluralWord(words[0]) && !label.contains(" and ");
    }

    private static boolean pluralWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("ics");
    }

    /** "was" or "were", agreeing with the label. */
    public static String was(String label) {
        return isPlural(label) ? "were" : "was";
    }

    /** "has" or "have", agreeing with the label. */
    public static String has(String label) {
        return isPlural(label) ? "have" : "has";
    }

    /** "is" or "are", agreeing with the label. */
    public static String is(String label) {
        return isPlural(label) ? "are" : "is";
    }

    /** "first" … "tenth" in words, like {@link #number}; "11th", "22nd", "13th" above. */
    public static String ordinal(long n) {
        if (n >= 1 && n < ORDINALS.length) {
            return ORDINALS[(int) n];
        }
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "all 35 topics" when {@code part} is the whole, else "33 of the 35 topics". */
    public static String howMany(long part, long whole, String noun) {
        return part == whole ? "all " + count(whole, noun) : number(part) + " of the " + count(whole, noun);
    }

    /** From this many meetings on, a share of them also reads as a percentage, which a reader compares at a glance. */
    static final int PERCENT_FROM_MEETINGS = 20;

    /**
     * A topic's part of what a window held: "six of seven meetings" when shares are of meetings ({@code whole}
     * equals {@code meetings}), with the percentage from {@value #PERCENT_FROM_MEETINGS} meetings on ("592 of 2,650
     * meetings (22%)"), else "32% of the agenda (39 of 120 weighted items)".
     */
    public static String share(double part, double whole, int meetings) {
        if (whole == meetings && part == Math.rint(part)) {
            if (part == 0) {
                return "none of the " + count(meetings, "meeting");
            }
            String counted = number((long) part) + " of " + count(meetings, "meeting");
            return meetings < PERCENT_FROM_MEETINGS ? counted : counted + " (" + percent(part / whole) + ")";
        }
        return percent(whole > 0 ? part / whole : 0) + " of the agenda (" + decimal(part) + " of " + decimal(whole)
                + " weighted items)";
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * A share as a whole percentage: 0.754 → "75%"; one that rounds to nothing or to all but is neither, "under 1%" or
     * "over 99%".
     */
    public static String percent(double share) {
        return share > 0 && share < 0.005 ? "under 1%" : share >= 0.995 && share < 1 ? "over 99%"
                : Math.round(share * 100) + "%";
    }

    /**
     * A period label in words: "2021-Q4" → "the fourth quarter of 2021", "2021" → "2021",
     * "2019-Q1..2021-Q4" → "2019–2021", "2019-Q2..2021-Q3" → "the second quarter of 2019 to the third quarter of
     * 2021", "all" → "the whole record".
     */
    public static String period(String label) {
        if (label.equals("all")) {
            return "the whole record";
        }
        int range = label.indexOf("..");
        if (range >= 0) {
            String first = label.substring(0, range);
            String last = label.substring(range + 2);
            if (first.endsWith("-Q1") && last.endsWith("-Q4")) {
                String firstYear = first.substring(0, 4);
                String lastYear = last.substring(0, 4);
                return firstYear.equals(lastYear) ? firstYear : firstYear + "–" + lastYear;
            }
            return period(first) + " to " + period(last);
        }
        Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            return "the " + QUARTERS[Integer.parseInt(quarter.group(2)) - 1] + " quarter of " + quarter.group(1);
        }
        return date(label);
    }

    /**
     * "in the fourth quarter of 2021", "in 2021", "in 2017–2023", "from the second quarter of 2019 to the third
     * quarter of 2021", "across the whole record".
     */
    public static String in(String label) {
        if (label.equals("all")) {
            return "across the whole record";
        }
        String words = period(label);
        return (label.contains("..") && words.contains(" to ") ? "from " : "in ") + words;
    }

    /** A date as precise as it is known: "13 October 2021", "October 2021", "2021", "the fourth quarter of 2021". */
    public static String date(String text) {
        Matcher day = DAY.matcher(text);
        if (day.matches()) {
            return Integer.parseInt(day.group(3)) + " " + MONTHS[Integer.parseInt(day.group(2)) - 1] + " "
                    + day.group(1);
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return MONTHS[Integer.parseInt(month.group(2)) - 1] + " " + month.group(1);
        }
        if (QUARTER.matcher(text).matches()) {
            return period(text);
        }
        return text;
    }

    /** How often a forum meets, in words: 1 → "every year", 2 → "every two years". */
    public static String cadence(long years) {
        return years == 1 ? "every year" : "every " + count(years, "year");
    }

    /** A rule name as a label: "recurring-co-chairs" → "Recurring co-chairs", "topic-overlap" → "Topic overlap". */
    public static String ruleLabel(String rule) {
        String spaced = rule.replace('-', ' ').replace("co chair", "co-chair").replace("year on year", "year-on-year");
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
