package org.entente.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.claims.ClaimDocument;
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
        this(extractor, new Converter(extractor.gazetteer()));
    }

    /** An extractor with the converter that checks its output, shared with other work on the same data. */
    public ExtractOperation(Extractor extractor, Converter converter) {
        this.extractor = extractor;
        this.converter = converter;
    }

    /** Loads the extractor from a data folder ({@code gazetteer/}, {@code lexicon/}). */
    public static ExtractOperation load(Path data) {
        return new ExtractOperation(Extractor.load(data));
    }

    /**
     * @param claims  the extracted claims
     * @param graph   their graph, checked and validated as curated claims are
     * @param article the article they were read from
     */
    public record Result(ClaimSet claims, ArticleGraph graph, Article article) {
        /** The claims as a claims file holds them. */
        public String json() {
            return ClaimsJson.write(claims);
        }
    }

    /**
     * @param text the article text file
     * @param meta its metadata file, or null to use the {@code .json} beside it
     * @param date the publication date to use when there is no metadata file, or null
     */
    public Result run(Path text, Path meta, LocalDate date) {
        return extract(ArticleReader.read(text, ArticleReader.idOf(text), meta, date));
    }

    /** What extraction made of an article, layer by layer, without checking its claims. */
    public org.entente.extract.pipeline.ArticleWork trace(Path text, Path meta, LocalDate date) {
        Article article = ArticleReader.read(text, ArticleReader.idOf(text), meta, date);
        return extractor.work(article.id(), article.text(), article.metadata().published());
    }

    /** Extracts and checks the claims of an article already read. */
    public Result extract(Article article) {
        ClaimSet claims = extractor.extract(article.id(), article.text(), article.metadata().published());
        ArticleGraph graph = converter.convert(article, ClaimDocument.inMemory(article.id() + " (extracted)", claims));
        return new Result(claims, graph, article);
    }
}
