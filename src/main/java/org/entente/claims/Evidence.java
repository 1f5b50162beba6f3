package org.entente.claims;

/**
 * A stretch of article text a claim rests on. Offsets count Unicode code points
 * from the start of the article file, end exclusive, as NIF does.
 *
 * @param start offset of the first code point
 * @param end   offset just past the last code point
 * @param quote the exact text between the offsets
 */
public record Evidence(int start, int end, String quote) {
    public Evidence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("evidence offsets must satisfy 0 <= start < end, got "
                    + start + ".." + end);
        }
        if (quote == null || quote.isEmpty()) {
            throw new IllegalArgumentException("evidence needs the quote it rests on");
        }
    }
}
