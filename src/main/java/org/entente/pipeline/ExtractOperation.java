package org.entente.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.InputException;
import org.entente.article.Article;
import org.entente.article.ArticleMetadata;
import org.entente.article.ArticleReader;
import org.entente.claims.ClaimSet;
import org.entente.claims.ClaimsJson;
import org.entente.extract.Extractor;

/**
 * Extracts the claims of one article and checks them exactly as curated claims
 * are checked (quotes against offsets, references, SHACL shapes), so what it
 * returns can be built into the store as it is.
 *
 * <p>The publication date comes from the metadata file given, else from the
 * {@code .json} beside the article, else from the date given; with none of
 * them the article is refused, since "on Monday" cannot be read without it.
 */
public final class ExtractOperation {
    private final Extractor extractor;
    private final Converter converter;

    public ExtractOperation(Extractor extractor) {
        this.extractor = extractor;
        this.converter = new Converter(extractor.gazetteer());
    }

    /** Loads the extractor from a data folder ({@code gazetteer/}, {@code lexicon/}). */
    public static ExtractOperation load(Path data) {
        return new ExtractOperation(Extractor.load(data));
    }

    /**
     * @param claims  the extracted claims
     * @param json    their JSON, as a claims file holds it
     * @param article the article they were read from
     */
    public record Result(ClaimSet claims, String json, Article article) {
    }

    /**
     * @param text the article text file
     * @param meta its metadata file, or null to use the {@code .json} beside it
     * @param date the publication date to use when there is no metadata file, or null
     */
    public Result run(Path text, Path meta, LocalDate date) {
        return extract(ArticleReader.read(text, ArticleReader.idOf(text), meta, date));
    }

    /** Extracts and checks the claims of an article already read. */
    public Result extract(Article article) {
        ClaimSet claims = extractor.extract(article.id(), article.text(), article.metadata().published());
        String json = ClaimsJson.write(claims);
        converter.convert(article, ClaimsJson.parse(article.id() + ".json (extracted)", json.getBytes(StandardCharsets.UTF_8)));
        return new Result(claims, json, article);
    }
}
