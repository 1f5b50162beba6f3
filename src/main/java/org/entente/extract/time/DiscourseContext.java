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

    /** Words that put a clause in the future: "will meet on Friday", "is expected to sign in May". */
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "\\b(will|won't|'ll|shall|going to|scheduled|expected|expects?|plans?|planned|planning|due to|"
                    + "is to|are to|set to|would|upcoming|hopes? to|intends? to|aims? to|next)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final int TENSE_WINDOW = 80;

    private final LocalDate anchor;
    private final String text;
    private TimexValue reference;

    DiscourseContext(LocalDate anchor, String text) {
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.text = Objects.requireNonNull(text, "text");
    }

    LocalDate anchor() {
        return anchor;
    }

    /** The last calendar value the text mentioned, if any. */
    Optional<TimexValue> reference() {
        return Optional.ofNullable(reference);
    }

    void remember(TimexValue value) {
        if (value.isCalendar()) {
            reference = value;
        }
    }

    /**
     * True when the clause around {@code [start, end)} speaks of the future. News is
     * mostly written in the past, so without a cue the answer is false.
     */
    boolean speaksOfFuture(int start, int end) {
        int from = Math.max(sentenceStart(start), start - TENSE_WINDOW);
        int to = Math.min(sentenceEnd(end), end + TENSE_WINDOW);
        String before = text.substring(from, start);
        String after = text.substring(end, to);
        return FUTURE_CUE.matcher(before).find() || FUTURE_CUE.matcher(after).find();
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
