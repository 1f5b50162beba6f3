package org.entente.extract.evaluate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.claims.SituationType;

/** The scorecards of several articles and their totals. */
public record Evaluation(List<Scorecard> articles) {

    public Evaluation {
        articles = List.copyOf(articles);
    }

    public Counts total() {
        return articles.stream().map(Scorecard::counts).reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public Map<SituationType, Counts> byType() {
        Map<SituationType, Counts> out = new TreeMap<>(java.util.Comparator.comparing(SituationType::name));
        articles.forEach(a -> a.byType().forEach((t, c) -> out.merge(t, c, Counts::plus)));
        return out;
    }
}
