package org.entente.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.claims.ClaimSet;
import org.entente.claims.Situation;
import org.entente.extract.TestExtractor;
import org.entente.extract.analyse.Sentence;
import org.junit.jupiter.api.Test;

/** Which sentences are worth a parse: an event word whose companions are there, and a political actor. */
class EventCuesTest {

    private static List<Boolean> parsed(String text) {
        return TestExtractor.work(text).analysis().sentences().stream().map(Sentence::isParsed).toList();
    }

    @Test
    void aWordThatNeedsItsObjectIsNoCueWithoutIt() {
        assertEquals(List.of(false, true), parsed("The minister took a long walk along the river in Lima. "
                + "The minister took responsibility for the blockade."));
    }

    @Test
    void aWordThatNeedsItsParticleOrItsPrepositionIsNoCueWithoutThem() {
        assertEquals(List.of(false, true), parsed("The Chilean minister looked tired after the flight. "
                + "The Chilean minister looked into the bombing."));
        assertEquals(List.of(false, true), parsed("The Peruvian minister spoke at length. "
                + "The Peruvian minister spoke with Chile's envoy."));
    }

    @Test
    void someoneUnknownBroughtInByAPoliticalTitleIsNamedEvenWithNoEvent() {
        assertEquals(List.of(true, false), parsed("Bolivian President Evo Mamani spoke on Monday. "
                + "The Bolivian minister took a long walk along the river."));
        ClaimSet set = TestExtractor.claims("Bolivian President Evo Mamani spoke on Monday. "
                + "\"I applaud the Chilean president for his courage,\" Mamani said.");
        Situation praise = TestExtractor.onlyOfRoot(set, "05");
        assertTrue(TestExtractor.sources(praise).contains("evo-mamani"), "the short name is the president named before: " + praise);
    }

    @Test
    void anEventOpeningOnAPronounCarriesOnWithTheActorBeforeIt() {
        assertEquals(List.of(true, true, false), parsed("The Andean Liberation Front attacked a base near Tacna. "
                + "It demanded the release of prisoners. I demanded a refund."));
    }

    @Test
    void anEventOpeningOnABodyReferredBackToCarriesOnWithIt() {
        assertEquals(List.of(true, true, false), parsed("The Andean Liberation Front attacked a base near Tacna. "
                + "The group claimed responsibility for the attack. The weather claimed responsibility for the delay."));
    }

    @Test
    void whatOnlyCourtsFindNeedsACourtAndAMonthIsNoMarch() {
        assertEquals(List.of(false, true), parsed("The Chilean minister found the report dull. "
                + "A Chilean court found that the minister had lied."));
        assertEquals(List.of(false, true), parsed("The Chilean minister was in Lima in March. "
                + "The Chilean minister joined a march in Lima."));
    }

    @Test
    void aHeadingOrMapLegendWithNoVerbAndNoStopIsNoCueButAnUnstoppedClauseIs() {
        assertEquals(List.of(true, false, true), parsed("Chile condemned the Peruvian raid.\n\nPeruvian occupation of Arica\n\n"
                + "Peru defended the raid."));
        assertEquals(List.of(true, true), parsed("Chile condemned the Peruvian raid.\n\nPeru condemned the Chilean blockade"));
    }

    @Test
    void aCourtOrParliamentNamedWithACapitalIsAPoliticalActor() {
        assertEquals(List.of(false, true), parsed("The Tacna Water Board ruled on Monday the dam was unsafe. "
                + "The Court of Session ruled on Monday the dam was unlawful."));
    }
}
