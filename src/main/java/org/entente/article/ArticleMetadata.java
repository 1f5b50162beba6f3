package org.entente.article;

import java.time.LocalDate;

/**
 * What is known about an article besides its text.
 *
 * @param title     the headline
 * @param published the publication date
 * @param language  BCP 47 language tag, e.g. {@code en}
 * @param publisher the publishing outlet's name, or null
 * @param url       where it was published, or null
 * @param outlet    the name of the outlet or feed it came from, as its corpus gives it, or null
 */
public record ArticleMetadata(String title, LocalDate published, String language, String publisher, String url,
                              String outlet) {
    public ArticleMetadata {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("metadata needs a title");
        }
        if (published == null) {
            throw new IllegalArgumentException("metadata needs a publication date, \"published\": \"YYYY-MM-DD\"");
        }
        if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("metadata needs a BCP 47 language tag such as \"en\"");
        }
    }
}
