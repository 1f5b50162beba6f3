package org.entente.article;

import org.entente.input.Ids;

/**
 * A news article: its id (the file name without extension), its exact text,
 * and its metadata. Offsets into the text count Unicode code points.
 */
public record Article(String id, String text, ArticleMetadata metadata) {

    public Article {
        Ids.requireArticleId(id);
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("article " + id + " has no text");
        }
    }

    /** Length of the text in Unicode code points. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The text between two code point offsets, end exclusive. */
    public String slice(int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }
}
