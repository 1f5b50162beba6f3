package org.entente.extract.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.claims.ClaimSet;
import org.entente.claims.Participant;
import org.entente.claims.Situation;

/**
 * Compares extracted claims with curated ones, situation by situation (events
 * and relationships alike). An extracted situation matches a curated one when
 * the type is the same, the sets of participating entities are equal (roles
 * are not compared) and, where the curated situation has a date, the date
 * values are equal. Matching is one to one and as large as possible.
 */
public final class SituationScorer {

    /** Whether an extracted situation may stand for a curated one. */
    public static boolean matches(Situation curated, Situation extracted) {
        if (curated.type() != extracted.type() || !entities(curated).equals(entities(extracted))) {
            return false;
        }
        return curated.date() == null
                || extracted.date() != null && curated.date().value().equals(extracted.date().value());
    }

    private static Set<String> entities(Situation s) {
        return s.participants().stream().map(Participant::entity).collect(Collectors.toSet());
    }

    public Scorecard score(ClaimSet curated, ClaimSet extracted) {
        List<Situation> gold = curated.situations();
        List<Situation> found = extracted.situations();
        int[] partnerOfFound = new int[found.size()];
        Arrays.fill(partnerOfFound, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, gold, found, partnerOfFound, new boolean[found.size()]);
        }
        List<Scorecard.Pair> matched = new ArrayList<>();
        boolean[] goldMatched = new boolean[gold.size()];
        List<Situation> invented = new ArrayList<>();
        for (int f = 0; f < found.size(); f++) {
            if (partnerOfFound[f] >= 0) {
                goldMatched[partnerOfFound[f]] = true;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                if (partnerOfFound[f] == g) {
                    matched.add(new Scorecard.Pair(gold.get(g), found.get(f)));
                }
            }
        }
        List<Situation> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!goldMatched[g]) {
                missed.add(gold.get(g));
            }
        }
        for (int f = 0; f < found.size(); f++) {
            if (partnerOfFound[f] < 0) {
                invented.add(found.get(f));
            }
        }
        return new Scorecard(curated.article(), matched, missed, invented);
    }

    /** Kuhn's augmenting path: a largest one-to-one matching. */
    private static boolean augment(int g, List<Situation> gold, List<Situation> found, int[] partnerOfFound, boolean[] seen) {
        for (int f = 0; f < found.size(); f++) {
            if (seen[f] || !matches(gold.get(g), found.get(f))) {
                continue;
            }
            seen[f] = true;
            if (partnerOfFound[f] < 0 || augment(partnerOfFound[f], gold, found, partnerOfFound, seen)) {
                partnerOfFound[f] = g;
                return true;
            }
        }
        return false;
    }
}
