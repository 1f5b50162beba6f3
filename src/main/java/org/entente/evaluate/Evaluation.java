package org.entente.evaluate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The scores of several articles and their totals. */
public record Evaluation(List<ArticleScore> articles) {

    public Evaluation {
        articles = List.copyOf(articles);
    }

    public Counts strict() {
        return sum(ArticleScore::strict);
    }

    public Counts lenient() {
        return sum(ArticleScore::lenient);
    }

    public Counts relations() {
        return sum(ArticleScore::relations);
    }

    public Map<String, Counts> strictByRoot() {
        return merge(ArticleScore::strictByRoot);
    }

    public Map<String, Counts> lenientByRoot() {
        return merge(ArticleScore::lenientByRoot);
    }

    public Map<String, Counts> links() {
        return merge(ArticleScore::links);
    }

    /** Every link type together. */
    public Counts allLinks() {
        return links().values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public Tally factuality() {
        return tally(ArticleScore::factuality);
    }

    public Tally source() {
        return tally(ArticleScore::source);
    }

    public Tally status() {
        return tally(ArticleScore::status);
    }

    public Tally dates() {
        return tally(ArticleScore::dates);
    }

    public int extraDates() {
        return articles.stream().mapToInt(ArticleScore::extraDates).sum();
    }

    public List<Finding> missed() {
        return articles.stream().flatMap(a -> a.missed().stream()).toList();
    }

    public List<Finding> invented() {
        return articles.stream().flatMap(a -> a.invented().stream()).toList();
    }

    public List<LinkFinding> linkErrors() {
        return articles.stream().flatMap(a -> a.linkErrors().stream()).toList();
    }

    public List<JudgementFinding> judgementErrors() {
        return articles.stream().flatMap(a -> a.judgementErrors().stream()).toList();
    }

    private Counts sum(Function<ArticleScore, Counts> part) {
        return articles.stream().map(part).reduce(new Counts(0, 0, 0), Counts::plus);
    }

    private Tally tally(Function<ArticleScore, Tally> part) {
        return articles.stream().map(part).reduce(Tally.NONE, Tally::plus);
    }

    private Map<String, Counts> merge(Function<ArticleScore, Map<String, Counts>> part) {
        Map<String, Counts> out = new TreeMap<>();
        articles.forEach(a -> part.apply(a).forEach((k, c) -> out.merge(k, c, Counts::plus)));
        return out;
    }
}
