package org.entente.extract.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a resolver may look at besides its match: the anchor date, the text around
 * the match (for tense), and the last date the text mentioned (for "a year earlier").
 * One instance serves one call of {@link DateNormaliser#normalise}; it is not shared.
 */
final class DiscourseContext {

    /** Words before a date that put its clause in the future: "will meet on Friday", "is expected to sign in May". */
    private static final Pattern FUTURE_CUE_BEFORE = Pattern.compile(
            "\\b(will|won't|'ll|shall|going to|scheduled|expected|expects?|plans?|planned to|planning to|due to"
                    + "|is to|are to|set to"
                    + "|would|upcoming|hopes? to|intends? to|aims? to|until|as soon as|as early as)\\b"
                    + "|\\b(payable|effective|by|through|starting|beginning)\\s+(on\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** After the date only an auxiliary of the same clause counts: "On Monday the minister will fly". */
    private static final Pattern FUTURE_CUE_AFTER = Pattern.compile(
            "^[^,;:]{0,40}?\\b(will|'ll|shall|is going to|are going to)\\b", Pattern.CASE_INSENSITIVE);

    /** A reporting or past verb right before the date ("said Friday", "announced on Wednesday") fixes the past. */
    private static final Pattern PAST_VERB_JUST_BEFORE = Pattern.compile(
            "\\b(said|told|announced|reported|declared|met|held|was|were|had|did|began|signed|ended|(?!scheduled|expected|planned)\\w+ed)"
                    + "(\\s+(on|late|early|last))?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final int TENSE_WINDOW = 80;

    /** Between a day and what it is said to be: "Yesterday was the 70th anniversary", "Monday marks ...". */
    private static final Pattern IS_SAID_TO_BE = Pattern.compile("\\s+(was|is|marks|marked|will mark|will be)\\s+",
            Pattern.CASE_INSENSITIVE);

    private final LocalDate anchor;
    private final String text;
    private TimexValue reference;
    private int referenceEnd = -1;
    private TimexValue lastQuarter;

    DiscourseContext(LocalDate anchor, String text) {
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.text = Objects.requireNonNull(text, "text");
    }

    LocalDate anchor() {
        return anchor;
    }

    /** The last date or time on the calendar the text mentioned, if any; vague references do not count. */
    Optional<TimexValue> reference() {
        return Optional.ofNullable(reference);
    }

    /** The last quarter the text mentioned, however long ago: business news counts back from it. */
    Optional<TimexValue> lastQuarter() {
        return Optional.ofNullable(lastQuarter);
    }

    /** Keeps a date or a time as the reference for what follows; durations and sets are not kept. */
    void remember(TimexValue value, int end) {
        if (!value.isCalendar()) {
            return;
        }
        reference = value;
        referenceEnd = end;
        if (value.granularity() == Granularity.QUARTER) {
            lastQuarter = value;
        }
    }

    /**
     * The day an expression starting at {@code start} is said to be, when the
     * text names one right before it: "Yesterday was the 70th anniversary"
     * counts back from yesterday, not from the publication date.
     */
    Optional<LocalDate> daySaidToBe(int start) {
        if (reference == null || reference.granularity() != Granularity.DAY || referenceEnd < 0 || referenceEnd > start) {
            return Optional.empty();
        }
        return IS_SAID_TO_BE.matcher(text.substring(referenceEnd, start)).matches()
                ? Optional.of(reference.firstDay()) : Optional.empty();
    }

    /**
     * True when the clause around {@code [start, end)} speaks of the future. News is
     * mostly written in the past, so without a cue the answer is false.
     */
    boolean speaksOfFuture(int start, int end) {
        int from = Math.max(sentenceStart(start), start - TENSE_WINDOW);
        int to = Math.min(sentenceEnd(end), end + TENSE_WINDOW);
        String before = afterAQuotation(text.substring(from, start));
        String after = text.substring(end, to);
        if (PAST_VERB_JUST_BEFORE.matcher(before).find()) {
            return false;
        }
        return FUTURE_CUE_BEFORE.matcher(before).find() || FUTURE_CUE_AFTER.matcher(after).find();
    }

    /**
     * What follows the last quotation mark before a date: a quotation that
     * closed before it is another clause ("'... will change,' Pompeo told the
     * press on Tuesday" speaks of the past); inside one, what follows its
     * opening mark is the clause.
     */
    private static String afterAQuotation(String before) {
        int mark = Math.max(before.lastIndexOf('"'), Math.max(before.lastIndexOf('\u201C'), before.lastIndexOf('\u201D')));
        return mark < 0 ? before : before.substring(mark + 1);
    }

    private int sentenceStart(int index) {
        for (int i = index - 1; i > 0; i--) {
            if (isSentenceBreak(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private int sentenceEnd(int index) {
        for (int i = index; i < text.length() - 1; i++) {
            if (isSentenceBreak(i)) {
                return i;
            }
        }
        return text.length();
    }

    private boolean isSentenceBreak(int i) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return (c == '.' || c == '?' || c == '!' || c == ';') && Character.isWhitespace(next)
                || c == '\n' && next == '\n';
    }
}
