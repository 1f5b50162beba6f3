package org.entente.extract.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.claims.ClaimSet;
import org.entente.claims.DateValue;
import org.entente.claims.Participant;
import org.entente.claims.Role;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.junit.jupiter.api.Test;

class SituationScorerTest {

    private static Situation s(String id, SituationType type, String date, String... entities) {
        List<Participant> p = java.util.Arrays.stream(entities).map(e -> new Participant(e, Role.PARTICIPANT)).toList();
        return new Situation(id, type, null, p, date == null ? null : new DateValue(date, null), null, null, null,
                null, null, null, null, null, null);
    }

    private static ClaimSet set(Situation... events) {
        return new ClaimSet("a", "x", List.of(events), List.of(), List.of());
    }

    @Test
    void matchesOneToOneIgnoringRolesAndOrder() {
        ClaimSet gold = set(s("g1", SituationType.Meeting, null, "china", "russia"),
                s("g2", SituationType.Meeting, null, "china", "russia"));
        ClaimSet found = set(s("f1", SituationType.Meeting, null, "russia", "china"));
        Counts c = new SituationScorer().score(gold, found).counts();
        assertEquals(new Counts(1, 0, 1), c);
    }

    @Test
    void comparesDatesOnlyWhereTheCuratedSituationHasOne() {
        ClaimSet gold = set(s("g1", SituationType.Visit, "2025-02-24", "canada"),
                s("g2", SituationType.Summit, null, "china"));
        ClaimSet found = set(s("f1", SituationType.Visit, "2025-02", "canada"),
                s("f2", SituationType.Summit, "2020", "china"));
        Scorecard card = new SituationScorer().score(gold, found);
        assertEquals(new Counts(1, 1, 1), card.counts());
        assertEquals("g1", card.missed().get(0).id());
        assertEquals("f1", card.invented().get(0).id());
    }

    @Test
    void findsTheLargestMatchingNotTheFirstGreedyOne() {
        ClaimSet gold = set(s("g1", SituationType.Meeting, null, "china"),
                s("g2", SituationType.Meeting, "2025-01-01", "china"));
        ClaimSet found = set(s("f1", SituationType.Meeting, "2025-01-01", "china"),
                s("f2", SituationType.Meeting, null, "china"));
        assertEquals(new Counts(2, 0, 0), new SituationScorer().score(gold, found).counts());
    }
}
