package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.article.Article;
import org.entente.article.ArticleMetadata;
import org.entente.article.ArticleReader;
import org.entente.claims.ClaimsJson;
import org.entente.pipeline.ExtractOperation;
import org.junit.jupiter.api.Test;

/**
 * Every article of the shared Wikinews corpus (../shared/corpus/wikinews beside
 * the project) extracts without an exception, and what comes out passes the
 * claim checker (quotes match offsets) and the SHACL shapes. Skipped where the
 * corpus is absent.
 */
class WikinewsCorpusTest {
    static final Path HOME = Path.of(System.getProperty("entente.home", ".")).toAbsolutePath().normalize();
    static final Path CORPUS = HOME.resolve("../shared/corpus/wikinews").normalize();

    @Test
    void everyWikinewsArticleExtractsAndPassesTheChecks() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")), "no Wikinews corpus at " + CORPUS);
        Map<String, String[]> manifest = manifest();
        ExtractOperation extract = new ExtractOperation(Extractor.load(HOME.resolve("data")));
        List<String> failures = new ArrayList<>();
        int articles = 0;
        int claims = 0;
        for (var entry : manifest.entrySet()) {
            Path file = CORPUS.resolve("articles").resolve(entry.getKey());
            String[] row = entry.getValue();
            try {
                String text = ArticleReader.readText(file);
                Article article = new Article(ArticleReader.idOf(file), text,
                        new ArticleMetadata(row[1], LocalDate.parse(row[0]), "en", null, null, null));
                var result = extract.extract(article);
                var readBack = ClaimsJson.parse(file + " (as written)", result.json().getBytes(StandardCharsets.UTF_8)).claims();
                if (!readBack.equals(result.claims())) {
                    failures.add(entry.getKey() + ": its claims JSON does not read back to the same claims");
                }
                claims += result.claims().claims().size();
                articles++;
            } catch (RuntimeException e) {
                failures.add(entry.getKey() + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(articles >= 290, "articles: " + articles);
        System.out.printf("Wikinews: %d articles, %d claims, 0 exceptions%n", articles, claims);
    }

    /** File name to {date, title}, from MANIFEST.tsv. */
    private static Map<String, String[]> manifest() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"));
        String[] header = lines.get(0).split("\t");
        int file = List.of(header).indexOf("file");
        int date = List.of(header).indexOf("date");
        int title = List.of(header).indexOf("title");
        Map<String, String[]> out = new java.util.TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > Math.max(file, Math.max(date, title)) && !cells[file].isBlank()
                    && Files.isRegularFile(CORPUS.resolve("articles").resolve(cells[file]))) {
                out.put(cells[file], new String[] {cells[date], cells[title].isBlank() ? cells[file] : cells[title]});
            }
        }
        return out;
    }
}
