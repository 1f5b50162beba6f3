package org.entente.extract.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.Evidence;
import org.entente.claims.Factuality;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.extract.TestExtractor;
import org.junit.jupiter.api.Test;

/** The words a claim rests on: the sentence for what the article asserts, the words said for what a source says. */
class PassagesTest {

    private static List<String> quotes(ClaimSet set, SituationType type, Factuality factuality) {
        Situation s = set.events().stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + set.events()));
        return TestExtractor.claimsAbout(set, s).stream().filter(c -> c.factuality() == factuality)
                .flatMap(c -> c.evidence().stream()).map(Evidence::quote).toList();
    }

    @Test
    void whatIsReportedInsideAnotherActRestsOnItsPhraseAndTheActReportedOnTheWholeSentence() {
        String sentence = "Chilean President Tomas Arancibia commended Peru's efforts to organize a summit with Bolivia "
                + "aimed at ending the border dispute, as reported by Radio Andina.";
        ClaimSet set = TestExtractor.claims(sentence);
        assertEquals(List.of("Peru's efforts to organize a summit with Bolivia aimed at ending the border dispute"),
                quotes(set, SituationType.Summit, Factuality.REPORTED));
        assertEquals(List.of(sentence), quotes(set, SituationType.Endorsement, Factuality.REPORTED));
    }

    @Test
    void whatASourceSaidRestsOnTheClauseItSaidAndItsEvidenceIsWhereThoseWordsAre() {
        String text = "Ramona Quispe said the raid had killed twelve Peruvian soldiers.";
        ClaimSet set = TestExtractor.claims(text);
        Claim claim = set.claims().stream().filter(c -> "ramona-quispe".equals(c.source())).findFirst().orElseThrow();
        Evidence ev = claim.evidence().get(0);
        assertEquals("the raid had killed twelve Peruvian soldiers", ev.quote());
        assertEquals(ev.quote(), text.substring(ev.start(), ev.end()));
    }

    @Test
    void theWritersGlossAfterAReportedActIsNotPartOfWhatTheSourceSaid() {
        ClaimSet set = TestExtractor.claims("The Bolivian Foreign Ministry's statement highlighted Peru's support, "
                + "illustrating Lima's role as a broker in the region.");
        List<String> reported = set.claims().stream().filter(c -> c.source() != null).flatMap(c -> c.evidence().stream())
                .map(Evidence::quote).toList();
        assertEquals(List.of("The Bolivian Foreign Ministry's statement highlighted Peru's support"), reported);
    }

    @Test
    void aPredictionRestsOnItsClauseWithoutTheSceneSetBeforeItOrWhatFollowsIt() {
        ClaimSet set = TestExtractor.claims("As the border dispute drags on, Chile and Peru will likely hold talks in Lima, "
                + "making trade a central issue in future negotiations.");
        assertEquals(List.of("Chile and Peru will likely hold talks in Lima"), quotes(set, SituationType.Meeting, Factuality.PREDICTED));
    }

    @Test
    void whatTheArticleAssertsRestsOnTheWholeSentence() {
        String sentence = "Chile and Peru signed a border treaty in Lima on Friday, ending the border dispute.";
        ClaimSet set = TestExtractor.claims(sentence);
        List<String> asserted = set.claims().stream().filter(c -> c.factuality() == Factuality.ASSERTED && c.source() == null)
                .flatMap(c -> c.evidence().stream()).map(Evidence::quote).distinct().toList();
        assertEquals(List.of(sentence), asserted);
    }
}
