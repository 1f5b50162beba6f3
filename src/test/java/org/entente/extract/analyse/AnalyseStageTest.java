package org.entente.extract.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.claims.Role;
import org.entente.extract.actors.Title;
import org.entente.extract.TestExtractor;
import org.entente.extract.pipeline.ArticleWork;
import org.junit.jupiter.api.Test;

/** The linguistic layer: what is parsed, what is named, and offsets that point into the text. */
class AnalyseStageTest {

    @Test
    void parsesASentenceWithATriggerAndAPoliticalActorOnly() {
        ArticleWork w = TestExtractor.work("Chile condemned the raid. The weather stayed mild all week. "
                + "The striker condemned the referee.");
        assertTrue(w.analysis().sentences().get(0).isParsed(), "a trigger and a state");
        assertFalse(w.analysis().sentences().get(1).isParsed(), "no trigger, no actor");
        assertFalse(w.analysis().sentences().get(2).isParsed(), "a trigger but no political actor");
    }

    @Test
    void countsWhatItAnalysedAndTimesEachPass() {
        Analyser analyser = TestExtractor.get().analyser();
        Analyser.Counts before = analyser.counts();
        TestExtractor.work("Chile condemned the raid. The weather stayed mild all week. Senator Ingrid Valcourt condemned the raid.");
        // other tests may analyse at the same time: what this one did is a floor
        Analyser.Counts done = analyser.counts().since(before);
        assertTrue(done.sentences() >= 3 && done.parsed() >= 2 && done.named() >= 1, done.toString());
        assertTrue(done.cheapNanos() > 0 && done.namedNanos() > 0 && done.parsedNanos() > 0, done.toString());
    }

    @Test
    void aParticipleTakenForAnAdjectiveButHavingAnObjectIsReadAsTheVerb() {
        ArticleWork w = TestExtractor.work("Chile has strongly voiced support for Peru.");
        var voiced = w.analysis().sentences().get(0).token(3);
        assertEquals("voiced", voiced.word());
        assertEquals("voice", voiced.lemma());
        assertTrue(voiced.isVerb(), voiced.toString());
        assertTrue(w.events().stream().anyMatch(e -> e.code().root().equals("05")), w.events().toString());
    }

    @Test
    void namesEntitiesOnlyWhereTheGazetteerLeavesANameUnknown() {
        ArticleWork w = TestExtractor.work("Chile condemned the raid. Senator Ingrid Valcourt condemned the raid.");
        assertEquals("O", w.analysis().sentences().get(0).token(0).ner(), "parsed, named entities not asked for");
        assertEquals("PERSON", w.analysis().sentences().get(1).token(2).ner());
    }

    @Test
    void aWordTheGraphCopiedForACoordinationKeepsEachArcOnceAndNoneToItself() {
        ArticleWork w = TestExtractor.work("Chilean President Tomas Arancibia faced criticism from opposition senators and from Peru.");
        Sentence s = w.analysis().sentences().get(0);
        assertTrue(s.isParsed());
        assertTrue(s.dependencies().stream().noneMatch(d -> d.head() == d.dependent()), s.dependencies().toString());
        assertEquals(s.dependencies().size(), new java.util.HashSet<>(s.dependencies()).size(), s.dependencies().toString());
        int criticism = 5;
        assertEquals("criticism", s.token(criticism).word());
        assertTrue(s.dependents(criticism).stream().anyMatch(d -> d.relation().equals("nmod:from") && s.token(d.dependent()).word().equals("Peru")),
                s.dependencies().toString());
    }

    @Test
    void tellsTheWordsInsideQuotationMarksFromThoseOutside() {
        ArticleWork w = TestExtractor.work("\"Chile must withdraw,\" Peru said. Bolivia called it \u201Ca disgrace\u201D on Monday.");
        Sentence first = w.analysis().sentences().get(0);
        assertEquals("Chile", first.token(1).word());
        assertTrue(first.quoted(1));
        assertFalse(first.quoted(first.tokens().size() - 2), first.token(first.tokens().size() - 2).word());
        Sentence second = w.analysis().sentences().get(1);
        int disgrace = second.tokens().stream().filter(t -> t.word().equals("disgrace")).findFirst().orElseThrow().index();
        assertTrue(second.quoted(disgrace));
        assertFalse(second.quoted(second.tokens().size() - 2), second.token(second.tokens().size() - 2).word());
    }

    @Test
    void leavesAHeadlineShallow() {
        ArticleWork w = TestExtractor.work("Chile condemns raid on embassy\n\nChile condemned the raid on Monday.");
        assertFalse(w.analysis().sentences().get(0).isParsed());
        assertTrue(w.analysis().sentences().get(1).isParsed());
    }

    @Test
    void tokenOffsetsPointIntoTheTextAfterCharactersOutsideTheBasicPlane() {
        String text = "Note \uD83D\uDCF0: Peru\u2019s envoy met Chile\u2019s foreign minister.";
        ArticleWork w = TestExtractor.work(text);
        for (Sentence s : w.analysis().sentences()) {
            for (Token t : s.tokens()) {
                String written = text.substring(t.begin(), t.end());
                assertEquals(t.word().replace("'", "\u2019"), written.replace("'", "\u2019"), "token " + t);
            }
        }
    }

    @Test
    void findsDatesAgainstThePublicationDay() {
        ArticleWork w = TestExtractor.work("Chile condemned the raid yesterday.");
        assertEquals("2025-03-02", w.times().get(0).value());
    }

    @Test
    void anOverlongWordIsBlankedOutAndTheRestIsRead() {
        String text = "Chile condemned the raid. " + "x".repeat(Typography.LONGEST_WORD * 40) + " Peru praised Chile.";
        ArticleWork w = TestExtractor.work(text);
        assertTrue(w.events().stream().anyMatch(e -> e.code().root().equals("05")), w.events().toString());
        Sentence last = w.analysis().sentences().get(w.analysis().sentences().size() - 1);
        assertEquals("Peru praised Chile.", text.substring(last.begin(), last.end()));
    }

    @Test
    void aParticipleAfterANounLeftBareByTheParserModifiesTheNounAndItsByPhraseIsItsAgent() {
        ArticleWork w = TestExtractor.work("Peru welcomed the Andean Water Commission created by Bolivia in 2019.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(5, 6, "acl")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(6, 8, "obl:agent")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(1, 5, "obj")), s.dependencies().toString());
    }

    @Test
    void aNounWithAParticipleAfterItAndNoByPhraseIsLeftAsTheParserReadIt() {
        ArticleWork w = TestExtractor.work("In his statement, Chilean President Tomas Arancibia found the air strike justified.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().stream().noneMatch(d -> d.relation().equals("acl")), s.dependencies().toString());
    }

    @Test
    void aNameRunningStraightIntoTheVerbAfterAnOpeningPhraseIsTheVerbsSubject() {
        ArticleWork w = TestExtractor.work("In welcoming the offer of talks with Chile, Ramona Quispe stressed Peru's wish for calm.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(11, 10, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().stream().noneMatch(d -> d.relation().equals("appos")), s.dependencies().toString());
        assertTrue(s.dependencies().stream().noneMatch(d -> d.head() == 11 && d.dependent() < 10 && d.relation().equals("nsubj")),
                s.dependencies().toString());
    }

    @Test
    void anAppositionClosedByACommaOfItsOwnStaysAnApposition() {
        ArticleWork w = TestExtractor.work("The delegation met Chile's president, Tomas Arancibia, who condemned the raid.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(5, 8, "appos")), s.dependencies().toString());
    }

    @Test
    void aGerundAfterAPrepositionIsAClauseWithAnObjectAndTheActIsDoneByTheClausesSubject() {
        ArticleWork w = TestExtractor.work(
                "By voicing support for Bolivia's plan to open a port with the EU, Ramona Quispe showed Peru's interest in regional trade.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(1, 2, "obj")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(17, 1, "advcl:by")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(1, 0, "mark")), s.dependencies().toString());
        assertTrue(w.events().stream().anyMatch(e -> e.code().root().equals("05")
                && e.participants().get("ramona-quispe") == Role.INITIATOR), w.events().toString());
    }

    @Test
    void aGerundAfterAVerbBeforeANameIsTheVerbsComplementWithTheNameItsObject() {
        ArticleWork w = TestExtractor.work(
                "On Monday, the Chilean President Tomas Arancibia pledged converting Isla Grande, formerly a fishing port, to a naval base.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(8, 9, "xcomp")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(9, 11, "obj")), s.dependencies().toString());
        assertTrue(w.events().stream().anyMatch(e -> e.code().value().equals("030")
                && e.participants().get("tomas-arancibia") == Role.INITIATOR), w.events().toString());
    }

    @Test
    void aNameJoinedToTheStateOfTheNameBeforeItIsJoinedToThatNameAndSharesItsPlace() {
        ArticleWork w = TestExtractor.work("Presidents Tomas Arancibia of Chile and Ramona Quispe of Bolivia signed a water agreement in Lima.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(2, 7, "conj:and")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(10, 7, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(7, 9, "nmod:of")), s.dependencies().toString());
        assertTrue(w.events().stream().anyMatch(e -> e.code().root().equals("05") && e.participants().containsKey("ramona-quispe")
                && e.participants().containsKey("tomas-arancibia")), w.events().toString());
    }

    @Test
    void aWordJoinedToASubjectIsASubjectNotAnOblique() {
        ArticleWork w = TestExtractor.work("On Sunday Presidents Ana Ruiz of Chile and Luis Paz of Bolivia signed the Andean Water Agreement.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(12, 9, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().stream().noneMatch(d -> d.dependent() == 9 && d.relation().startsWith("obl")), s.dependencies().toString());
    }

    @Test
    void theVerbAfterARelativeClauseBetweenCommasIsTheMainVerbWithTheNameItsSubject() {
        ArticleWork w = TestExtractor.work("Ramona Quispe, who is Peru's foreign minister, condemned the raid on Tuesday.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(-1, 10, "root")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(10, 1, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(1, 8, "acl:relcl")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(8, 3, "nsubj")), s.dependencies().toString());
        assertTrue(w.events().stream().anyMatch(e -> e.code().root().equals("11")
                && e.participants().get("ramona-quispe") == Role.INITIATOR), w.events().toString());
        assertEquals(List.of("foreign minister"), w.titles().stream().filter(t -> t.person().equals("ramona-quispe"))
                .map(Title::title).toList());
    }

    @Test
    void wordsOfTheRelativeClauseTheParserHungFromTheMainVerbGoBackIntoIt() {
        ArticleWork w = TestExtractor.work("Tomas Arancibia, who was Chile's special envoy to the regional peace mission against "
                + "the Andean Liberation Front until March, also criticized the decision via radio.");
        var s = w.analysis().sentences().get(0);
        int verb = 23;
        assertEquals("criticized", s.token(verb).word());
        assertTrue(s.dependencies().contains(new Dependency(verb, 1, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().stream().noneMatch(d -> d.head() == verb && d.dependent() > 2 && d.dependent() < 21),
                s.dependencies().toString());
    }

    @Test
    void aRelativeClauseOfANameInsideTheMainClauseIsLeftAsTheParserReadIt() {
        ArticleWork w = TestExtractor.work("The delegation met Tomas Arancibia, who is Chile's president, and Ramona Quispe.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(-1, 2, "root")), s.dependencies().toString());
    }

    @Test
    void aPossessorTheParserTookForTheSubjectOfAParticipleIsThePossessorOfTheNounAfterIt() {
        ArticleWork w = TestExtractor.work("Chile\u2019s expressed support for dialogue positions it as a mediator.");
        var s = w.analysis().sentences().get(0);
        assertEquals("support", s.token(3).word());
        assertTrue(s.dependencies().contains(new Dependency(3, 0, "nmod:poss")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(3, 2, "amod")), s.dependencies().toString());
        assertTrue(s.dependencies().stream().noneMatch(d -> d.head() == 2 && d.relation().matches("nsubj|obj")), s.dependencies().toString());
    }

    @Test
    void aNameRightAfterAnOpeningPhraseWithoutACommaIsTheVerbsSubject() {
        ArticleWork w = TestExtractor.work("On state television Ramona Quispe also attacked the plan of Chile.");
        var s = w.analysis().sentences().get(0);
        assertEquals("attacked", s.token(6).word());
        assertTrue(s.dependencies().contains(new Dependency(6, 4, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(6, 2, "obl:on")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(2, 0, "case")), s.dependencies().toString());
        assertTrue(w.events().stream().anyMatch(e -> e.code().root().equals("11")
                && e.participants().get("ramona-quispe") == Role.INITIATOR), w.events().toString());
    }

    @Test
    void anOpeningPhraseBeforeAVerbWithASubjectIsLeftAsTheParserReadIt() {
        ArticleWork w = TestExtractor.work("In a statement Chile condemned the raid by Peru.");
        var s = w.analysis().sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(4, 3, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(4, 2, "obl:in")), s.dependencies().toString());
    }

    @Test
    void aDayRunIntoTheNameAfterItInARelativeClauseHeadsItsOwnPhrase() {
        ArticleWork w = TestExtractor.work("The leaders gathered in Quito for a summit where on Sunday President Tomas Arancibia signed the accord.");
        var s = w.analysis().sentences().get(0);
        assertEquals("signed", s.token(14).word());
        assertTrue(s.dependencies().contains(new Dependency(14, 13, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(14, 10, "obl:on")), s.dependencies().toString());
    }
}
