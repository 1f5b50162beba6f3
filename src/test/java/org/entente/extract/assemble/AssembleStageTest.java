package org.entente.extract.assemble;

import static org.entente.extract.TestExtractor.onlyOfRoot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.entente.claims.ClaimSet;
import org.entente.claims.Role;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.extract.TestExtractor;
import org.junit.jupiter.api.Test;

/** Claims from mentions: one event for several mentions, one claim per way it is told, office holdings from titles. */
class AssembleStageTest {

    @Test
    void twoMentionsOfOneEventAreOneEventWithTheirClaims() {
        ClaimSet set = TestExtractor.claims("Chile attacked a Peruvian base on Monday. Peru said Chile attacked the base.");
        Situation attack = onlyOfRoot(set, "19");
        assertEquals(2, TestExtractor.claimsAbout(set, attack).size(), set.claims().toString());
    }

    @Test
    void speakingWithTheOneCalledBeforeIsThatCall() {
        ClaimSet set = TestExtractor.claims("Chile had a phone conversation with Peru on Monday. "
                + "Bolivia protested after Chile spoke with Peru.");
        Situation call = onlyOfRoot(set, "04");
        assertEquals(SituationType.PhoneCall, call.type());
        assertEquals(2, TestExtractor.claimsAbout(set, call).stream().mapToInt(c -> c.evidence().size()).sum(), set.claims().toString());
    }

    @Test
    void anEventWithoutAPoliticalActorIsLeftOut() {
        assertTrue(TestExtractor.claims("The striker attacked the referee's decision.").events().isEmpty());
    }

    @Test
    void praiseWithNoOneGivingItIsLeftOutButViolenceWithNoKnownPerpetratorIsKept() {
        assertEquals(0, TestExtractor.claims("Peruvian Prime Minister Ramona Quispe was praised on Monday.").events().size());
        Situation killing = onlyOfRoot(TestExtractor.claims("Peruvian Prime Minister Ramona Quispe was assassinated on Monday."), "18");
        assertTrue(killing.participants().stream().anyMatch(p -> p.entity().equals("ramona-quispe")), killing.toString());
    }

    @Test
    void anActInADatedCallIsPartOfItAndTakesItsDate() {
        ClaimSet set = TestExtractor.claims("In a phone call in late February, Tomas Arancibia urged Peru to negotiate.");
        Situation call = onlyOfRoot(set, "04");
        Situation appeal = onlyOfRoot(set, "02");
        assertEquals(call.id(), appeal.partOf());
        assertEquals("2025-02", appeal.date().value());
    }

    @Test
    void whatCoincidedSharesItsDateButAnOngoingWarNamedBesideItDoesNot() {
        ClaimSet set = TestExtractor.claims("Chile condemned Peru on Monday. "
                + "The condemnation coincided with a protest by Bolivia against the ongoing war between Peru and Chile.");
        assertEquals("2025-03-03", onlyOfRoot(set, "14").date().value());
        assertNull(onlyOfRoot(set, "19").date(), onlyOfRoot(set, "19").toString());
    }

    @Test
    void aCriticismOfAnActThatNamesNoOneElseIsAimedAtItsDoer() {
        Situation characterised = onlyOfRoot(TestExtractor.claims(
                "Bolivia characterized the Peruvian strike as a serious violation of Bolivian sovereignty."), "11");
        assertEquals(Set.of("peru"), TestExtractor.targets(characterised));
        Situation named = onlyOfRoot(TestExtractor.claims("Peru condemned the Chilean attack on Bolivia's embassy."), "11");
        assertEquals(Set.of("chile"), TestExtractor.targets(named));
    }

    @Test
    void praiseOrCriticismOfAnActToldBeforeIsAimedAtItsDoer() {
        ClaimSet set = TestExtractor.claims("Peru launched an investigation into the Chilean mining company on Monday. "
                + "Bolivia condemned the investigation on Tuesday.");
        Situation criticism = onlyOfRoot(set, "11");
        assertTrue(criticism.participants().stream().anyMatch(p -> p.entity().equals("peru") && p.role() == Role.TARGET),
                criticism.toString());
        ClaimSet praised = TestExtractor.claims("Peru launched an investigation into the Chilean mining company on Monday. "
                + "Bolivia welcomed the investigation on Tuesday.");
        Situation praise = onlyOfRoot(praised, "05");
        assertTrue(praise.participants().stream().anyMatch(p -> p.entity().equals("peru") && p.role() == Role.RECIPIENT),
                praise.toString());
    }

    @Test
    void aTitleGivesAnOfficeHolding() {
        ClaimSet set = TestExtractor.claims("Peruvian Prime Minister Ramona Quispe condemned Chile.");
        Situation holding = set.relations().stream().filter(r -> r.type() == SituationType.OfficeHolding).findFirst().orElseThrow();
        assertEquals("ramona-quispe", holding.participants().get(0).entity());
        assertTrue(set.entities().stream().anyMatch(e -> e.id().equals(holding.themes().get(0))
                && e.country().equals("peru")), set.entities().toString());
    }

    @Test
    void thePeopleAndBodiesItMintsTravelWithTheClaims() {
        ClaimSet set = TestExtractor.claims("Senator Ingrid Valcourt condemned Chile.");
        assertTrue(set.entities().stream().anyMatch(e -> e.id().equals("ingrid-valcourt")), set.entities().toString());
    }
}
