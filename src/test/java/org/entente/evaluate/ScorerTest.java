package org.entente.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.TestProject;
import org.entente.claims.ClaimSet;
import org.entente.claims.ClaimsJson;
import org.entente.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The strict and lenient rules on claim sets written for the purpose: one gold
 * event, "Canada imposed sanctions on Russia on 3 March 2025", against
 * extracted events that get one thing wrong each.
 */
class ScorerTest {
    private static Scorer scorer;

    @BeforeAll
    static void gazetteer() {
        scorer = new Scorer(Gazetteer.read(TestProject.data().resolve("gazetteer")));
    }

    /** A claim set with one event and one claim about it; the evidence offsets are the same for all. */
    private static ClaimSet set(String producedBy, String event, String factuality, String source, String entities) {
        String json = """
                {"article": "a", "producedBy": "%s", "entities": [%s],
                 "events": [%s],
                 "claims": [{"id": "c1", "about": "e1", "evidence": [{"start": 0, "end": 30, "quote": "Canada imposed sanctions on Russia"}],
                             "factuality": "%s"%s}]}
                """.formatted(producedBy, entities, event, factuality, source == null ? "" : ", \"source\": \"" + source + "\"");
        return ClaimsJson.parse(producedBy, json.getBytes(StandardCharsets.UTF_8)).claims();
    }

    private static String event(String cameo, String initiator, String target, String date) {
        return """
                {"id": "e1", "cameo": "%s", "participants": [{"entity": "%s", "role": "initiator"}, {"entity": "%s", "role": "target"}]%s}
                """.formatted(cameo, initiator, target, date == null ? "" : ", \"date\": {\"value\": \"" + date + "\"}");
    }

    private static final ClaimSet GOLD = set("curated", event("163", "canada", "russia", "2025-03-03"), "asserted", null, "");

    private static ArticleScore score(ClaimSet found) {
        return scorer.score(GOLD, found);
    }

    @Test
    void countsTheSameEventAsAMatch() {
        ArticleScore s = score(set("x", event("163", "canada", "russia", "2025-03-03"), "asserted", null, ""));
        assertEquals(new Counts(1, 0, 0), s.strict());
        assertEquals(new Tally(1, 1), s.factuality());
        assertEquals(new Tally(1, 1), s.source());
    }

    @Test
    void refusesAWrongDateStrictlyButNotLeniently() {
        ArticleScore s = score(set("x", event("163", "canada", "russia", "2025-03-04"), "asserted", null, ""));
        assertEquals(new Counts(0, 1, 1), s.strict());
        assertEquals(new Counts(1, 0, 0), s.lenient());
        assertEquals(new Tally(0, 1), s.dates());
        assertTrue(s.missed().get(0).nearest().contains("date 2025-03-04 instead of 2025-03-03"), s.missed().toString());
    }

    @Test
    void acceptsAFinerDateButNotACoarserOne() {
        ClaimSet monthGold = set("curated", event("163", "canada", "russia", "2025-03"), "asserted", null, "");
        assertEquals(1, scorer.score(monthGold, set("x", event("163", "canada", "russia", "2025-03-03"), "asserted", null, ""))
                .strict().truePositives());
        assertEquals(0, score(set("x", event("163", "canada", "russia", "2025-03"), "asserted", null, ""))
                .strict().truePositives());
    }

    @Test
    void countsAStateActedForAsTakingPartInTheRoleOfWhoActsForIt() {
        String event = """
                {"id": "e1", "cameo": "163", "participants": [{"entity": "justin-trudeau", "role": "initiator", "actingFor": "canada"},
                 {"entity": "russia", "role": "target"}], "date": {"value": "2025-03-03"}}
                """;
        ArticleScore s = score(set("x", event, "asserted", null, ""));
        assertEquals(new Counts(1, 0, 0), s.strict());
    }

    @Test
    void countsARelationshipHeldByOneActingForAStateAsTheStates() {
        String relations = """
                {"article": "a", "producedBy": "%s", "relations": [{"id": "r1", "type": "Support", "participants": [%s,
                 {"entity": "russia", "role": "supported"}]}],
                 "claims": [{"id": "c1", "about": "r1", "evidence": [{"start": 0, "end": 30, "quote": "Canada imposed sanctions on Russia"}],
                             "factuality": "asserted"}]}
                """;
        ClaimSet gold = ClaimsJson.parse("gold", relations.formatted("curated", "{\"entity\": \"china\", \"role\": \"supporter\"}")
                .getBytes(StandardCharsets.UTF_8)).claims();
        ClaimSet onBehalf = ClaimsJson.parse("x", relations.formatted("x",
                "{\"entity\": \"xi-jinping\", \"role\": \"supporter\", \"actingFor\": \"china\"}").getBytes(StandardCharsets.UTF_8)).claims();
        ClaimSet someoneElse = ClaimsJson.parse("x", relations.formatted("x", "{\"entity\": \"xi-jinping\", \"role\": \"supporter\"}")
                .getBytes(StandardCharsets.UTF_8)).claims();
        assertEquals(new Counts(1, 0, 0), scorer.score(gold, onBehalf).relations());
        assertEquals(new Counts(0, 1, 1), scorer.score(gold, someoneElse).relations());
    }

    @Test
    void refusesSwappedSourceAndTarget() {
        ArticleScore s = score(set("x", event("163", "russia", "canada", "2025-03-03"), "asserted", null, ""));
        assertEquals(new Counts(0, 1, 1), s.strict());
        assertEquals(new Counts(1, 0, 0), s.lenient());
        assertTrue(s.missed().get(0).nearest().contains("Canada not in a source role"), s.missed().toString());
    }

    @Test
    void refusesAnotherCameoRootEvenLeniently() {
        ArticleScore s = score(set("x", event("111", "canada", "russia", "2025-03-03"), "asserted", null, ""));
        assertEquals(new Counts(0, 1, 1), s.strict());
        assertEquals(new Counts(0, 1, 1), s.lenient());
        assertNull(s.missed().get(0).nearest());
    }

    @Test
    void countsAWrongFactualityAsAFactualityErrorOfAMatchedEvent() {
        ArticleScore s = score(set("x", event("163", "canada", "russia", "2025-03-03"), "negated", null, ""));
        assertEquals(new Counts(1, 0, 0), s.strict());
        assertEquals(new Tally(0, 1), s.factuality());
        assertEquals(new Tally(1, 1), s.source());
    }

    @Test
    void countsAnInventedSourceAsASourceError() {
        ArticleScore s = score(set("x", event("163", "canada", "russia", "2025-03-03"), "reported", "russia", ""));
        assertEquals(new Tally(0, 1), s.factuality());
        assertEquals(new Tally(0, 1), s.source());
    }

    @Test
    void listsWhatAMatchedEventIsJudgedOtherwiseThanTheGold() {
        ArticleScore right = score(set("x", event("163", "canada", "russia", "2025-03-03"), "asserted", null, ""));
        assertEquals(List.of(), right.judgementErrors());
        ArticleScore s = score(set("x", event("163", "canada", "russia", "2025-03-03"), "reported", "russia", ""));
        assertEquals(List.of(new JudgementFinding("a", "e1", "e1", "factuality", "asserted", "reported"),
                new JudgementFinding("a", "e1", "e1", "source", "none", "russia")), s.judgementErrors());
    }

    @Test
    void matchesAMintedPersonByNameAcrossIds() {
        String goldPerson = "{\"id\": \"ryutaro-hashimoto\", \"type\": \"Person\", \"label\": \"Ryutaro Hashimoto\", \"aliases\": [\"Hashimoto\"]}";
        String foundPerson = "{\"id\": \"hashimoto\", \"type\": \"Person\", \"label\": \"Hashimoto\"}";
        ClaimSet gold = set("curated", event("042", "ryutaro-hashimoto", "china", null), "asserted", null, goldPerson);
        ClaimSet found = set("x", event("042", "hashimoto", "china", null), "asserted", null, foundPerson);
        assertEquals(new Counts(1, 0, 0), scorer.score(gold, found).strict());
    }

    @Test
    void neverTakesOneGazetteerEntityForAnother() {
        ArticleScore s = score(set("x", event("163", "united-states", "russia", "2025-03-03"), "asserted", null, ""));
        assertEquals(new Counts(0, 1, 1), s.strict());
    }

    @Test
    void scoresLinksOnlyBetweenMatchedEvents() {
        String gold = """
                {"article": "a", "producedBy": "curated",
                 "events": [{"id": "attack", "cameo": "190", "participants": [{"entity": "russia", "role": "initiator"}, {"entity": "ukraine", "role": "target"}]},
                            {"id": "sanctions", "cameo": "163", "after": "attack", "participants": [{"entity": "canada", "role": "initiator"}, {"entity": "russia", "role": "target"}]}],
                 "claims": [{"id": "c1", "about": "attack", "evidence": [{"start": 0, "end": 5, "quote": "x"}], "factuality": "asserted"},
                            {"id": "c2", "about": "sanctions", "evidence": [{"start": 6, "end": 9, "quote": "x"}], "factuality": "asserted"}]}
                """;
        String found = gold.replace("\"curated\"", "\"x\"").replace("\"id\": \"attack\"", "\"id\": \"a1\"")
                .replace("\"after\": \"attack\"", "\"after\": \"a1\"").replace("\"about\": \"attack\"", "\"about\": \"a1\"");
        ArticleScore right = scorer.score(parse(gold), parse(found));
        assertEquals(new Counts(1, 0, 0), right.links().get("after"));
        ArticleScore wrongTarget = scorer.score(parse(gold), parse(found.replace("\"entity\": \"ukraine\"", "\"entity\": \"poland\"")));
        assertEquals(new Counts(0, 1, 1), wrongTarget.links().get("after"));
    }

    private static ClaimSet parse(String json) {
        return ClaimsJson.parse("t", json.getBytes(StandardCharsets.UTF_8)).claims();
    }

    /**
     * Two sanctions alike but for their sentences, and a condemnation with the
     * second as its theme; {@code secondFirst} lists the second event first.
     */
    private static ClaimSet twoSanctions(String producedBy, boolean secondFirst, boolean linked) {
        String sanction = """
                {"id": "%s", "cameo": "163", "participants": [{"entity": "canada", "role": "initiator"}, {"entity": "russia", "role": "target"}]}""";
        String first = sanction.formatted("s1");
        String second = sanction.formatted("s2");
        String json = """
                {"article": "a", "producedBy": "%s",
                 "events": [%s, %s,
                   {"id": "c", "cameo": "111", "participants": [{"entity": "russia", "role": "initiator"}, {"entity": "canada", "role": "target"}]%s}],
                 "claims": [
                   {"id": "c1", "about": "s1", "evidence": [{"start": 0, "end": 30, "quote": "first"}], "factuality": "asserted"},
                   {"id": "c2", "about": "s2", "evidence": [{"start": 40, "end": 70, "quote": "second"}], "factuality": "asserted"},
                   {"id": "c3", "about": "c", "evidence": [{"start": 40, "end": 70, "quote": "second"}], "factuality": "asserted"}]}
                """.formatted(producedBy, secondFirst ? second : first, secondFirst ? first : second,
                linked ? ", \"themes\": [\"s2\"]" : "");
        return ClaimsJson.parse(producedBy, json.getBytes(StandardCharsets.UTF_8)).claims();
    }

    @Test
    void pairsAlikeEventsByTheirSentencesSoTheirLinksAreJudgedRight() {
        for (boolean secondFirst : new boolean[] {false, true}) {
            ArticleScore s = scorer.score(twoSanctions("curated", false, true), twoSanctions("x", secondFirst, true));
            assertEquals(new Counts(3, 0, 0), s.strict());
            assertEquals(new Counts(1, 0, 0), s.links().get("theme"));
            assertEquals(List.of(), s.linkErrors());
        }
    }

    @Test
    void listsTheLinksMissedAndTheLinksWrong() {
        ArticleScore missed = scorer.score(twoSanctions("curated", false, true), twoSanctions("x", false, false));
        assertEquals(List.of(new LinkFinding("a", "c", "theme", "s2", true)), missed.linkErrors());
        ArticleScore wrong = scorer.score(twoSanctions("curated", false, false), twoSanctions("x", false, true));
        assertEquals(List.of(new LinkFinding("a", "c", "theme", "s2", false)), wrong.linkErrors());
    }
}
