package org.entente.extract.evaluate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;

/**
 * How the situations extracted from one article compare with the curated ones.
 *
 * @param article  the article id
 * @param matched  pairs of curated and extracted situations that match, one to one
 * @param missed   curated situations nothing extracted matches
 * @param invented extracted situations no curated one matches
 */
public record Scorecard(String article, List<Pair> matched, List<Situation> missed, List<Situation> invented) {

    /** A curated situation and the extracted one matched to it. */
    public record Pair(Situation curated, Situation extracted) {
    }

    public Scorecard {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        invented = List.copyOf(invented);
    }

    public Counts counts() {
        return new Counts(matched.size(), invented.size(), missed.size());
    }

    /** Counts per situation type, types in name order. */
    public Map<SituationType, Counts> byType() {
        Map<SituationType, Counts> out = new TreeMap<>(java.util.Comparator.comparing(SituationType::name));
        matched.forEach(p -> out.merge(p.curated().type(), new Counts(1, 0, 0), Counts::plus));
        invented.forEach(s -> out.merge(s.type(), new Counts(0, 1, 0), Counts::plus));
        missed.forEach(s -> out.merge(s.type(), new Counts(0, 0, 1), Counts::plus));
        return out;
    }
}
