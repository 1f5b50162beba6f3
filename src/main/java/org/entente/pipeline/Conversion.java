package org.entente.pipeline;

import java.util.List;

/**
 * Every article of a data folder converted: the graphs, and figures summed over them.
 *
 * @param graphs   one per article, in claims-file order
 * @param claims   claims over all articles
 * @param warnings SHACL recommendations not met, each prefixed with its article id
 */
public record Conversion(List<ArticleGraph> graphs, int claims, List<String> warnings) {
    public Conversion {
        graphs = List.copyOf(graphs);
        warnings = List.copyOf(warnings);
    }

    static Conversion of(List<ArticleGraph> graphs) {
        int claims = graphs.stream().mapToInt(ArticleGraph::claims).sum();
        List<String> warnings = graphs.stream()
                .flatMap(g -> g.shapes().warnings().stream().map(w -> g.articleId() + ": " + w))
                .toList();
        return new Conversion(graphs, claims, warnings);
    }
}
