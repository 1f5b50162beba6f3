package org.entente.article;

import java.time.LocalDate;

/**
 * Where one article of a corpus comes from, read only when asked: a text file
 * (with its metadata file or manifest row) or a line of a JSON Lines file.
 */
public interface ArticleSource {
    /** The article id, unique over one run. */
    String id();

    /** Where it is, for messages: the file, or the file and line. */
    String where();

    /**
     * Reads the article.
     *
     * @param fallbackDate the publication date to use when the source gives none, or null
     * @throws org.entente.input.InputException when it cannot be read or has no date
     */
    Article read(LocalDate fallbackDate);
}
