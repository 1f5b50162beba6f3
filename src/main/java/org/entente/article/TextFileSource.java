package org.entente.article;

import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.input.InputException;

/**
 * An article in a text file. Its metadata comes from the {@code .json} beside
 * it, else from its row of the corpus manifest, else (title from the first
 * line) from the fallback date; with none of them it has no date and is refused.
 *
 * @param id   the article id
 * @param text the text file
 * @param row  its manifest row, or null
 * @param manifest the manifest file the row comes from, or null
 */
public record TextFileSource(String id, Path text, Manifest.Row row, Path manifest) implements ArticleSource {

    @Override
    public String where() {
        return text.toString();
    }

    @Override
    public Article read(LocalDate fallbackDate) {
        if (row == null || java.nio.file.Files.exists(ArticleReader.siblingJson(text))) {
            return ArticleReader.read(text, id, null, fallbackDate);
        }
        if (row.problem() != null) {
            throw InputException.of(manifest + ":" + row.line(), row.problem());
        }
        String body = ArticleReader.readText(text);
        String title = row.title() != null ? row.title() : ArticleReader.firstLine(body);
        return new Article(id, body, new ArticleMetadata(title, row.date(), "en", null, row.url(), null));
    }
}
