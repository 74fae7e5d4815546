package org.saidgraph.extract.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a statement was made, as the article states it around the statement: "said on Monday", "on Oct. 3",
 * "last week", "yesterday", "two days ago", resolved against the day the article was published. Pure and
 * deterministic; no text makes it throw.
 * <p>
 * Only the words around the statement count, never the statement's own words: in "Brandt said on Monday that the
 * vote on Sunday was fair" the statement ("the vote on Sunday was fair") was made on Monday; Sunday is what it is
 * about. Of several expressions the one nearest the statement wins. Each rule below reads one kind of expression;
 * the result names the rule that decided. How relative expressions resolve (the reference is the published day):
 * <ul>
 *   <li>{@code today}, {@code this morning}, {@code tonight}, …: that day; {@code yesterday}, {@code last night}:
 *   the day before; {@code the day before yesterday}: two days before;</li>
 *   <li>a weekday ("on Monday", "Tuesday night", "last Friday"): the latest such day on or before the published
 *   day ("last Friday" strictly before it);</li>
 *   <li>a date without a year ("on Oct. 3", "March 4", "4 March"): in the published year, or the year before when
 *   that would be after the published day; with a year, as written;</li>
 *   <li>{@code last week} and {@code a week ago}: seven days before (a day of the week before; no article says
 *   which); {@code N days ago}, {@code N weeks ago}: that many days or weeks before.</li>
 * </ul>
 * A day after the published one is never a statement's date (words are reported after they are said): such an
 * expression is about something else ("will meet on Oct. 20") and is passed over.
 */
public final class StatementDates {

    /** A date found for a statement: the day, the words that state it ({@code start}, {@code end} into the text) and the rule. */
    public record Resolved(LocalDate date, String expression, int start, int end, String rule) {
    }

    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    private static final String NUMBER = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));

    /** One kind of date expression and how it resolves against the published day (null: no date). */
    private record Rule(String name, Pattern pattern, BiFunction<Matcher, LocalDate, LocalDate> resolve) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("day-before-yesterday", Pattern.compile("(?i)\\bthe day before yesterday\\b"),
                    (m, published) -> published == null ? null : published.minusDays(2)),
            new Rule("yesterday", Pattern.compile("(?i)\\b(?:yesterday|last night)\\b"),
                    (m, published) -> published == null ? null : published.minusDays(1)),
            new Rule("today", Pattern.compile("(?i)\\b(?:today|tonight|this (?:morning|afternoon|evening))\\b"),
                    (m, published) -> published),
            new Rule("date-with-year", Pattern.compile("\\b(?:on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
                    + "(\\d{4})\\b"), (m, published) -> date(m.group(3), m.group(1), m.group(2), published)),
            new Rule("day-month-year", Pattern.compile("\\b(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
                    + ",?\\s+(\\d{4})\\b"), (m, published) -> date(m.group(3), m.group(2), m.group(1), published)),
            new Rule("date", Pattern.compile("\\b(?:on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d)"),
                    (m, published) -> date(null, m.group(1), m.group(2), published)),
            new Rule("day-month", Pattern.compile("\\b(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
                    + "\\b(?!,?\\s+\\d)"), (m, published) -> date(null, m.group(2), m.group(1), published)),
            new Rule("last-weekday", Pattern.compile("\\b(?i:last)\\s+" + WEEKDAY + "\\b"),
                    (m, published) -> weekday(m.group(1), published, true)),
            new Rule("weekday", Pattern.compile("\\b(?:(?i:on)\\s+)?" + WEEKDAY
                    + "(?:\\s+(?i:morning|afternoon|evening|night))?\\b"),
                    (m, published) -> weekday(m.group(1), published, false)),
            new Rule("last-week", Pattern.compile("(?i)\\b(?:last week|a week ago)\\b"),
                    (m, published) -> published == null ? null : published.minusDays(7)),
            new Rule("days-ago", Pattern.compile("(?i)\\b" + NUMBER + "\\s+days?\\s+ago\\b"),
                    (m, published) -> published == null ? null : published.minusDays(number(m.group(1)))),
            new Rule("weeks-ago", Pattern.compile("(?i)\\b" + NUMBER + "\\s+weeks?\\s+ago\\b"),
                    (m, published) -> published == null ? null : published.minusWeeks(number(m.group(1)))));

    private StatementDates() {
    }

    /**
     * The date that {@code context} states for the statement whose own words are {@code context[statementStart,
     * statementEnd)}, resolved against {@code published} (may be null: then only dates with a year resolve).
     * {@code context} is the text around the statement, usually its sentence; offsets in the result are into it.
     */
    public static Optional<Resolved> resolve(String context, int statementStart, int statementEnd,
                                             LocalDate published) {
        if (context == null || context.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.max(0, Math.min(statementStart, context.length()));
        int to = Math.max(from, Math.min(statementEnd, context.length()));
        // The statement's own words are blanked out, keeping every offset.
        String around = context.substring(0, from) + " ".repeat(to - from) + context.substring(to);
        List<Resolved> found = new ArrayList<>();
        boolean[] taken = new boolean[around.length()];
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(around);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue; // a longer rule already read these words ("the day before yesterday")
                }
                LocalDate date = resolveSafely(rule, m, published);
                mark(taken, m.start(), m.end());
                if (date != null && (published == null || !date.isAfter(published))) {
                    found.add(new Resolved(date, m.group().strip(), m.start(), m.end(), rule.name()));
                }
            }
        }
        return found.stream().min(java.util.Comparator.comparingInt((Resolved r) -> distance(r, from, to))
                .thenComparingInt(Resolved::start));
    }

    /** The first date {@code text} states, as if the statement were elsewhere. */
    public static Optional<Resolved> first(String text, LocalDate published) {
        return resolve(text, 0, 0, published);
    }

    private static int distance(Resolved r, int from, int to) {
        if (r.end() <= from) {
            return from - r.end();
        }
        return Math.max(0, r.start() - to);
    }

    private static LocalDate resolveSafely(Rule rule, Matcher m, LocalDate published) {
        try {
            return rule.resolve().apply(m, published);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return null; // "February 31", a year out of range: no date
        }
    }

    private static LocalDate date(String year, String month, String day, LocalDate published) {
        Month m = month(month);
        int d = Integer.parseInt(day);
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), m, d);
        }
        if (published == null) {
            return null;
        }
        LocalDate date = LocalDate.of(published.getYear(), m, d);
        return date.isAfter(published) ? LocalDate.of(published.getYear() - 1, m, d) : date;
    }

    private static Month month(String name) {
        String key = name.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) {
                return m;
            }
        }
        throw new DateTimeException("no month " + name);
    }

    private static LocalDate weekday(String name, LocalDate published, boolean strictlyBefore) {
        if (published == null) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        if (back == 0 && strictlyBefore) {
            back = 7;
        }
        return published.minusDays(back);
    }

    private static long number(String word) {
        Integer n = NUMBERS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Long.parseLong(word);
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
