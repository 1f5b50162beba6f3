package org.entente.extract.time;

import static org.entente.extract.time.NewsCalendar.quarterOf;
import static org.entente.extract.time.NewsCalendar.yearOffset;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolvers for the parts of a year: quarters named by number or by their place
 * ("the year-ago quarter"), halves and seasons. Business news counts quarters from
 * the last one it named, so several of them read the discourse context.
 */
final class PartsOfYear {

    private PartsOfYear() {
    }

    /** "the third quarter", "third-quarter", "Q3 2024", "last year's fourth quarter". */
    static Optional<TimexValue> ordinalQuarter(RuleMatch m, DiscourseContext c) {
        String ord = m.word("ord");
        int quarter = Character.isDigit(ord.charAt(0)) ? ord.charAt(0) - '0'
                : EnglishDateWords.ordinal(ord).orElse(0);
        if (quarter < 1 || quarter > 4) {
            return Optional.empty();
        }
        int year = c.anchor().getYear();
        if (m.has("year")) {
            year = Integer.parseInt(m.group("year"));
        } else if (m.has("pyear")) {
            year = Integer.parseInt(m.group("pyear"));
        } else if (m.has("yrel")) {
            year += yearOffset(m.word("yrel"));
        } else if (m.word("det").contains("year-")) {
            year -= quarter > quarterOf(c.anchor()) ? 2 : 1;
        } else if (m.word("det").endsWith("year's")) {
            year += yearOffset(m.word("det").split(" ")[0]);
        } else if (m.word("det").equals("last")) {
            year = quarter < quarterOf(c.anchor()) ? year : year - 1;
        } else if (m.word("det").equals("next")) {
            year = quarter > quarterOf(c.anchor()) ? year : year + 1;
        } else if (quarter > quarterOf(c.anchor()) && !c.speaksOfFuture(m.start(), m.end())) {
            year -= 1;
        }
        return Optional.of(TimexValue.quarter(year, quarter));
    }

    /**
     * "the latest quarter", "the year-ago quarter", "the quarter": business news speaks
     * of the quarter it last named, else of the last one that ended.
     */
    static Optional<TimexValue> relativeQuarter(RuleMatch m, DiscourseContext c) {
        String rel = m.word("rel");
        boolean period = m.word("unit").equals("period");
        Optional<TimexValue> mentioned = c.reference().filter(r -> r.type() == TimexType.DATE)
                .filter(r -> r.granularity() == Granularity.QUARTER || period);
        LocalDate anchor = c.anchor();
        TimexValue thisQuarter = TimexValue.quarter(anchor.getYear(), quarterOf(anchor));
        TimexValue lastQuarter = TimexValue.quarter(anchor.minusMonths(3).getYear(), quarterOf(anchor.minusMonths(3)));
        TimexValue nextQuarter = TimexValue.quarter(anchor.plusMonths(3).getYear(), quarterOf(anchor.plusMonths(3)));
        return switch (rel) {
            case "year-ago", "year-earlier", "year-before" ->
                    Optional.of(mentioned.orElse(lastQuarter).plusYears(-1));
            case "current" -> period ? mentioned : Optional.of(thisQuarter);
            case "next", "coming" -> period ? Optional.empty() : Optional.of(nextQuarter);
            case "last", "past", "previous", "prior", "just-ended", "just-completed" ->
                    period ? Optional.empty() : Optional.of(lastQuarter);
            case "latest", "recent", "most recent" -> Optional.of(period
                    ? c.reference().filter(r -> r.granularity() == Granularity.QUARTER).orElse(lastQuarter)
                    : lastQuarter);
            case "same", "fiscal", "" -> period && rel.isEmpty()
                    ? Optional.empty() : Optional.of(mentioned.orElse(lastQuarter));
            default -> Optional.empty();
        };
    }

    /** "the 1988 quarter": the quarter last named, in the year given. */
    static Optional<TimexValue> quarterOfYear(RuleMatch m, DiscourseContext c) {
        int year = Integer.parseInt(m.group("year"));
        Optional<TimexValue> quarter = c.lastQuarter();
        if (quarter.isEmpty()) {
            return m.word("unit").equals("period") ? Optional.of(TimexValue.year(year)) : Optional.empty();
        }
        return quarter.map(q -> q.plusYears(year - q.firstDay().getYear()));
    }

    static Optional<TimexValue> halfYear(RuleMatch m, DiscourseContext c) {
        int half = switch (m.word("which")) {
            case "first", "1st" -> 1;
            default -> 2;
        };
        int year = m.has("year") ? Integer.parseInt(m.group("year")) : c.anchor().getYear() + yearOffset(m.word("yrel"));
        return Optional.of(TimexValue.of(Granularity.HALF_YEAR, LocalDate.of(year, half == 1 ? 1 : 7, 1)));
    }

    static Optional<TimexValue> season(RuleMatch m, DiscourseContext c) {
        int startMonth = switch (m.word("season")) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 12;
        };
        if (m.has("year")) {
            return Optional.of(TimexValue.of(Granularity.SEASON, LocalDate.of(Integer.parseInt(m.group("year")),
                    startMonth, 1)));
        }
        LocalDate anchor = c.anchor();
        // The season of this name that contains the anchor or began last before it.
        LocalDate latest = LocalDate.of(anchor.getYear(), startMonth, 1);
        if (latest.isAfter(anchor)) {
            latest = latest.minusYears(1);
        }
        boolean current = latest.plusMonths(3).isAfter(anchor);
        LocalDate start = switch (m.word("rel")) {
            case "last", "the past" -> current || latest.getYear() == anchor.getYear() ? latest.minusYears(1) : latest;
            case "this past" -> latest;
            case "next", "this coming", "the coming" -> latest.plusYears(1);
            case "this" -> current || !c.speaksOfFuture(m.start(), m.end()) && latest.getYear() == anchor.getYear()
                    ? latest : latest.plusYears(1);
            default -> current || !c.speaksOfFuture(m.start(), m.end()) ? latest : latest.plusYears(1);
        };
        return Optional.of(TimexValue.of(Granularity.SEASON, start));
    }
}
