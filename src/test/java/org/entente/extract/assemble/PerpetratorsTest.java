package org.entente.extract.assemble;

import static org.entente.extract.TestExtractor.claimsAbout;
import static org.entente.extract.TestExtractor.onlyOfRoot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.Factuality;
import org.entente.claims.Situation;
import org.entente.extract.TestExtractor;
import org.junit.jupiter.api.Test;

/** Acts of force told first with no doer, owned later by those claiming them. */
class PerpetratorsTest {
    private static final String BOMBING = "Two bombs exploded on Sunday at a market in Arequipa, Peru, killing twelve people. ";

    @Test
    void aClaimOfResponsibilityMakesTheFirstActOfForceToldTheClaimantsOnItsWordAndOfItsDay() {
        ClaimSet set = TestExtractor.claims(BOMBING + "Officials counted the dead. The Andean Liberation Front claimed responsibility.");
        Situation bombing = onlyOfRoot(set, "18");
        assertEquals("183", bombing.cameoCode().value(), "a bombing, not the killing told after it");
        assertEquals(Set.of("andean-liberation-front"), TestExtractor.sources(bombing));
        assertEquals("2025-03-02", bombing.date().value(), "the Sunday the bombing was first told of");
        Claim claim = claimsAbout(set, bombing).get(0);
        assertEquals(Factuality.REPORTED, claim.factuality());
        assertEquals("andean-liberation-front", claim.source());
        assertTrue(claim.evidence().get(0).quote().contains("claimed responsibility"), claim.toString());
        Situation owning = onlyOfRoot(set, "01");
        assertEquals("015", owning.cameoCode().value());
        assertEquals(List.of(bombing.id()), owning.themes());
    }

    @Test
    void responsibilityForTheBombingIsForTheBombingFirstToldAndTakesItsDay() {
        ClaimSet set = TestExtractor.claims("A car bomb exploded outside a police station in Cusco, Peru, on Saturday. "
                + "The Andean Liberation Front on Monday claimed responsibility for the bombing.");
        Situation bombing = onlyOfRoot(set, "18");
        assertEquals(Set.of("andean-liberation-front"), TestExtractor.sources(bombing));
        assertEquals("2025-03-01", bombing.date().value());
        assertEquals("andean-liberation-front", claimsAbout(set, bombing).get(0).source());
    }

    @Test
    void aClaimWithNoActOfForceBeforeItOrOneNotMadeOwnsNothing() {
        ClaimSet planned = TestExtractor.claims("Peru warned that militants might bomb the market in Arequipa. "
                + "The Andean Liberation Front claimed responsibility.");
        assertTrue(planned.events().stream().noneMatch(e -> e.cameoCode().root().equals("18")), planned.events().toString());
        ClaimSet denied = TestExtractor.claims(BOMBING + "The Andean Liberation Front did not claim responsibility.");
        assertTrue(denied.events().stream().noneMatch(e -> e.cameoCode().root().equals("18")), denied.events().toString());
    }

    @Test
    void anArrestIsNoActAGroupClaims() {
        ClaimSet set = TestExtractor.claims("Peruvian police arrested three Bolivian journalists in Lima on Friday. "
                + BOMBING + "The Andean Liberation Front claimed responsibility.");
        Situation bombing = onlyOfRoot(set, "18");
        assertEquals(Set.of("andean-liberation-front"), TestExtractor.sources(bombing));
        set.events().stream().filter(e -> e.cameoCode().root().equals("17"))
                .forEach(e -> assertTrue(!TestExtractor.sources(e).contains("andean-liberation-front"), e.toString()));
    }

    @Test
    void theAttackLaterPutDownToADoerIsTheOneFirstToldWithItsDay() {
        for (String owning : List.of("The attack was blamed on the Andean Liberation Front.",
                "Police said the Andean Liberation Front was behind the attack.")) {
            Situation bombing = onlyOfRoot(TestExtractor.claims(BOMBING + owning), "18");
            assertEquals("183", bombing.cameoCode().value(), owning);
            assertEquals(Set.of("andean-liberation-front"), TestExtractor.sources(bombing), owning);
            assertEquals("2025-03-02", bombing.date().value(), owning);
        }
    }

    @Test
    void aReactionToTheAttackIsAboutTheActOfForceBeforeIt() {
        ClaimSet set = TestExtractor.claims(BOMBING + "The Andean Liberation Front claimed responsibility. "
                + "Peruvian President Ramona Quispe condemned the attack.");
        Situation bombing = onlyOfRoot(set, "18");
        Situation condemnation = onlyOfRoot(set, "11");
        assertEquals(List.of(bombing.id()), condemnation.themes());
    }
}
