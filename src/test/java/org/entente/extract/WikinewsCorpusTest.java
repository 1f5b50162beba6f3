package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.TestProject;
import org.entente.article.ArticleSource;
import org.entente.article.Corpus;
import org.entente.claims.ClaimsJson;
import org.entente.pipeline.ExtractOperation;
import org.junit.jupiter.api.Test;

/**
 * Every article of the Wikinews corpus beside the project, read with its
 * manifest, extracts without an exception; what comes out passes the claim
 * checker and the SHACL shapes, and its claims JSON reads back to the same
 * claims. Skipped where the corpus is absent.
 */
class WikinewsCorpusTest {

    @Test
    void everyWikinewsArticleExtractsAndPassesTheChecks() throws Exception {
        Path shared = TestProject.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("corpus/wikinews/articles")), "no Wikinews corpus beside the project");
        List<ArticleSource> sources = Corpus.sources(List.of(shared.resolve("corpus/wikinews/articles")), null);
        ExtractOperation extract = new ExtractOperation(TestExtractor.get());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> failures = new ArrayList<>();
        int claims = 0;
        try {
            List<Future<Integer>> work = new ArrayList<>();
            for (ArticleSource src : sources) {
                work.add(pool.submit(() -> {
                    var result = extract.extract(src.read(null));
                    var readBack = ClaimsJson.parse(src.where(), result.json().getBytes(StandardCharsets.UTF_8)).claims();
                    if (!readBack.equals(result.claims())) {
                        throw new AssertionError(src.where() + ": its claims JSON does not read back to the same claims");
                    }
                    return result.claims().claims().size();
                }));
            }
            for (int i = 0; i < work.size(); i++) {
                try {
                    claims += work.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(sources.get(i).where() + ": " + e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(), failures);
        assertTrue(sources.size() >= 290, "articles: " + sources.size());
        System.out.printf("Wikinews: %d articles, %d claims, 0 exceptions%n", sources.size(), claims);
    }
}
