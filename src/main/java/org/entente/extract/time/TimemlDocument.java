package org.entente.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML file read for evaluation: its creation date, the plain text of its
 * {@code TEXT} element with the tags stripped, and the gold TIMEX3 annotations
 * found in that text, with offsets into it.
 *
 * @param id           the DOCID, or the file name when there is none
 * @param creationDate the document creation time (DCT), the anchor for relative dates
 * @param text         the text of the TEXT element, tags removed, entities decoded
 * @param timexes      the gold TIMEX3 elements inside TEXT, in text order
 */
public record TimemlDocument(String id, LocalDate creationDate, String text, List<Timex> timexes) {

    public TimemlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
    }

    /**
     * One gold TIMEX3: its span in {@link TimemlDocument#text()}, its type (DATE,
     * TIME, DURATION, SET) and its value.
     */
    public record Timex(int start, int end, String type, String value) {

        public boolean isDate() {
            return is(TimexType.DATE);
        }

        /** True when the annotation has this type; types outside TIMEX3's four have none. */
        public boolean is(TimexType t) {
            return t.name().equals(type);
        }

        public boolean overlaps(TemporalExpression e) {
            return e.overlaps(start, end);
        }
    }

    public List<Timex> dates() {
        return timexes.stream().filter(Timex::isDate).toList();
    }
}
