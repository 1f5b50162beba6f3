package org.entente.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the temporal expressions of an English news text and gives each its TimeML
 * TIMEX3 type and value: dates ("on Monday", "last year", "two years ago"), times
 * ("3 p.m.", "Friday morning"), durations ("two weeks") and sets ("every year").
 * Relative ones are read against an anchor date, normally the date the article was
 * published.
 *
 * <p>The work is done by a list of {@link DateRule}s. Where matches overlap, the
 * longest wins, and among equals the rule listed first; the default list puts the
 * date rules first, so that a date keeps a tie it had before the other types were
 * added. Values are then computed left to right, so that "a year earlier" can refer
 * to the date or time named before it; durations and sets are never referred to.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class DateNormaliser {

    private final List<DateRule> rules;

    /** A normaliser with the English news rules: dates, then times, sets and durations. */
    public DateNormaliser() {
        this(Stream.of(EnglishDateRules.all(), EnglishTimeRules.all(), EnglishSetRules.all(),
                EnglishDurationRules.all()).flatMap(List::stream).toList());
    }

    DateNormaliser(List<DateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The temporal expressions of {@code text}, in text order, none overlapping another.
     *
     * @param text   plain text
     * @param anchor the date relative expressions are read against
     */
    public List<TemporalExpression> normalise(String text, LocalDate anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        DiscourseContext context = new DiscourseContext(anchor, text);
        List<TemporalExpression> found = new ArrayList<>();
        for (Candidate candidate : chooseNonOverlapping(candidates(text))) {
            Optional<TimexValue> value = candidate.rule().resolver().resolve(candidate.match(), context);
            if (value.isEmpty()) {
                continue;
            }
            if (!candidate.rule().anaphoric()) {
                context.remember(value.get(), candidate.match().end());
            }
            RuleMatch m = candidate.match();
            found.add(new TemporalExpression(m.start(), m.end(), m.text(), value.get().value(),
                    value.get().granularity(), value.get().type()));
        }
        return found;
    }

    private record Candidate(DateRule rule, int priority, RuleMatch match) {
    }

    private List<Candidate> candidates(String text) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            for (RuleMatch match : rules.get(i).matches(text)) {
                all.add(new Candidate(rules.get(i), i, match));
            }
        }
        return all;
    }

    /** Longest first, then the earlier rule; the kept candidates come back in text order. */
    private static List<Candidate> chooseNonOverlapping(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.match().length())
                .thenComparingInt(Candidate::priority)
                .thenComparingInt(c -> c.match().start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            if (kept.stream().noneMatch(k -> k.match().start() < c.match().end() && c.match().start() < k.match().end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.match().start()));
        return kept;
    }
}
