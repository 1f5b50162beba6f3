package org.entente.extract.roles;

import static org.entente.extract.TestExtractor.onlyOfRoot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.claims.ClaimSet;
import org.entente.claims.Situation;
import org.entente.extract.TestExtractor;
import org.junit.jupiter.api.Test;

/** How events hang together: what an act is about, what it followed, what it was part of, what it aimed at. */
class LinkStageTest {

    @Test
    void whatIsCondemnedIsTheTheme() {
        ClaimSet set = TestExtractor.claims("Peru condemned the Chilean attack on its embassy.");
        Situation condemnation = onlyOfRoot(set, "11");
        Situation attack = onlyOfRoot(set, "19");
        assertEquals(List.of(attack.id()), condemnation.themes());
    }

    @Test
    void whatIsCondemnedInThePassiveIsTheTheme() {
        ClaimSet set = TestExtractor.claims("The Chilean attack on the Peruvian embassy was condemned by Bolivia.");
        assertEquals(List.of(onlyOfRoot(set, "19").id()), onlyOfRoot(set, "11").themes());
    }

    @Test
    void criticismAnActDrewIsAboutItAndAimedAtItsDoer() {
        ClaimSet set = TestExtractor.claims("Chile expelled three Peruvian diplomats on Monday. "
                + "The expulsion drew criticism from Bolivia on Tuesday.");
        Situation criticism = onlyOfRoot(set, "11");
        assertEquals(List.of(onlyOfRoot(set, "16").id()), criticism.themes());
        assertEquals(Set.of("bolivia"), TestExtractor.sources(criticism));
        assertEquals(Set.of("chile"), TestExtractor.targets(criticism));
    }

    @Test
    void whatTheSpeakerCallsSomethingIsTheTheme() {
        ClaimSet set = TestExtractor.claims("Peru condemned what it called an unprovoked attack by Chilean forces.");
        assertEquals(List.of(onlyOfRoot(set, "19").id()), onlyOfRoot(set, "11").themes());
    }

    @Test
    void followingGivesWhatCameBefore() {
        ClaimSet set = TestExtractor.claims("Chile imposed sanctions on Bolivia following the Bolivian invasion of Peru.");
        assertEquals(onlyOfRoot(set, "19").id(), onlyOfRoot(set, "16").after());
    }

    @Test
    void whatSanctionsFollowedIsWhatTheyPunish() {
        ClaimSet set = TestExtractor.claims("Chile imposed sanctions on Bolivia following the Bolivian invasion of Peru.");
        Situation sanctions = onlyOfRoot(set, "16");
        assertEquals(List.of(onlyOfRoot(set, "19").id()), sanctions.topics());
        ClaimSet talks = TestExtractor.claims("Chile held talks with Bolivia following the Bolivian invasion of Peru.");
        assertEquals(List.of(), onlyOfRoot(talks, "04").topics(), "talks that came after an event are not about it for that");
    }

    @Test
    void whatAProposalAdvocatesIsItsTopic() {
        ClaimSet set = TestExtractor.claims("Chile and Peru jointly proposed a plan in 2021, advocating for a peace conference "
                + "between Bolivia and Paraguay.");
        Situation proposal = onlyOfRoot(set, "03");
        Situation conference = onlyOfRoot(set, "04");
        assertTrue(proposal.topics().contains(conference.id()), proposal.toString());
    }

    @Test
    void whatAnActHelpsToOffsetIsItsTopic() {
        ClaimSet set = TestExtractor.claims("Chile has supplied Peru with weapons, helping it to offset the impact of Bolivian sanctions.");
        Situation supply = onlyOfRoot(set, "07");
        assertTrue(supply.topics().contains(onlyOfRoot(set, "16").id()), supply.toString());
    }

    @Test
    void theAnniversaryIsWhatTheCommemorationMarksNotTheGathering() {
        ClaimSet set = TestExtractor.claims("In Lima, where Chilean and Peruvian ministers met to commemorate the tenth anniversary "
                + "of Bolivia's invasion of Peru, flags flew at half mast.");
        String invasion = onlyOfRoot(set, "19").id();
        assertTrue(onlyOfRoot(set, "01").topics().contains(invasion), set.events().toString());
        assertTrue(!onlyOfRoot(set, "04").topics().contains(invasion), set.events().toString());
    }

    @Test
    void duringGivesTheLargerEvent() {
        ClaimSet set = TestExtractor.claims("During talks with Peru, Chile's president condemned Bolivia.");
        assertEquals(onlyOfRoot(set, "04").id(), onlyOfRoot(set, "11").partOf());
    }

    @Test
    void whatTalksAreAboutIsTheirTopic() {
        ClaimSet set = TestExtractor.claims("Chile and Peru held talks on the war in Bolivia.");
        Situation talks = onlyOfRoot(set, "04");
        assertTrue(talks.topics().contains(onlyOfRoot(set, "19").id()), talks.toString());
    }

    @Test
    void whatAMeetingWasHeldToDoIsPartOfIt() {
        ClaimSet set = TestExtractor.claims("Peruvian and Chilean ministers met in Lima on Monday to commemorate the anniversary "
                + "of the Bolivian invasion of Peru.");
        Situation meeting = onlyOfRoot(set, "04");
        Situation commemoration = onlyOfRoot(set, "01");
        assertEquals(meeting.id(), commemoration.partOf());
        assertTrue(commemoration.topics().contains(onlyOfRoot(set, "19").id()), commemoration.toString());
    }

    @Test
    void theGoodsATradeCarriesAreItsThemes() {
        ClaimSet set = TestExtractor.claims("Chile became the largest importer of Peruvian oil and gas.");
        Situation trade = onlyOfRoot(set, "06");
        assertTrue(trade.themes().containsAll(List.of("oil", "natural-gas")), trade.toString());
    }

    @Test
    void praisingEffortsToDoSomethingHasThatAsItsTheme() {
        ClaimSet set = TestExtractor.claims("Chile's president praised Peru's efforts to organise a summit with Bolivia.");
        assertEquals(List.of(onlyOfRoot(set, "04").id()), onlyOfRoot(set, "05").themes());
    }

    @Test
    void aPeacePlanPutForwardIsNamedAfterThoseWhoProposedItAndIsTheProposalsTheme() {
        ClaimSet set = TestExtractor.claims("Peru and Bolivia jointly proposed a peace plan in 2020, calling for talks with Chile.");
        Situation proposal = set.events().stream().filter(e -> e.type() == org.entente.claims.SituationType.Proposal)
                .findFirst().orElseThrow();
        assertTrue(proposal.themes().contains("peru-bolivia-peace-plan"), proposal.toString());
        var plan = set.entities().stream().filter(e -> e.id().equals("peru-bolivia-peace-plan")).findFirst().orElseThrow();
        assertEquals("Peru\u2013Bolivia peace plan", plan.label());
        assertEquals(org.entente.claims.EntityType.PeacePlan, plan.type());
    }

    @Test
    void aPlanThatIsNotForPeaceIsNoInitiative() {
        ClaimSet set = TestExtractor.claims("Peru and Bolivia jointly proposed a tariff plan in 2020.");
        set.events().forEach(e -> assertTrue(e.themes().stream().noneMatch(t -> t.endsWith("-plan")), e.toString()));
    }

    @Test
    void theBodyFoundedIsTheThemeAndTheClauseSubjectItsFounder() {
        ClaimSet set = TestExtractor.claims("Chile has pursued peace for years, exemplified by the Southern Peace Group "
                + "formed in May 2020.");
        Situation founding = onlyOfRoot(set, "05");
        assertEquals(org.entente.claims.SituationType.GroupFounding, founding.type(), founding.toString());
        assertEquals(List.of("southern-peace-group"), founding.themes(), founding.toString());
        assertEquals(java.util.Set.of("chile"), TestExtractor.entities(founding), founding.toString());
        assertEquals("2020-05", founding.date().value());
    }
}
