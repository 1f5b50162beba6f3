package org.entente.extract.assemble;

import static org.entente.extract.TestExtractor.onlyOfRoot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.claims.ClaimSet;
import org.entente.claims.Role;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.extract.TestExtractor;
import org.junit.jupiter.api.Test;

/** Claims from mentions: one event for several mentions, one claim per way it is told, office holdings from titles. */
class AssembleStageTest {

    /** How many sentences the claims about a situation rest on, over all its claims. */
    private static int sentencesStating(ClaimSet set, Situation s) {
        return TestExtractor.claimsAbout(set, s).stream().mapToInt(c -> c.evidence().size()).sum();
    }

    @Test
    void twoMentionsOfOneEventAreOneEventWithTheirClaims() {
        ClaimSet set = TestExtractor.claims("Chile attacked a Peruvian base on Monday. Peru said Chile attacked the base.");
        Situation attack = onlyOfRoot(set, "19");
        assertEquals(2, TestExtractor.claimsAbout(set, attack).size(), set.claims().toString());
    }

    @Test
    void forceToldAsHappeningElsewhereIsAnotherEvent() {
        ClaimSet one = TestExtractor.claims("Peruvian police fired tear gas at students on Monday. Riot police fired tear gas at the crowd.");
        assertEquals(1, one.events().size(), one.events().toString());
        ClaimSet two = TestExtractor.claims("Peruvian police fired a live round at a student on Monday. "
                + "In other parts of the city, riot police fired tear gas at the crowd. Elsewhere, police fired tear gas at workers.");
        assertEquals(3, two.events().size(), two.events().toString());
    }

    @Test
    void speakingWithTheOneCalledBeforeIsThatCall() {
        ClaimSet set = TestExtractor.claims("Chile had a phone conversation with Peru on Monday. "
                + "Bolivia protested after Chile spoke with Peru.");
        Situation call = onlyOfRoot(set, "04");
        assertEquals(SituationType.PhoneCall, call.type());
        assertEquals(2, sentencesStating(set, call), set.claims().toString());
    }

    @Test
    void anEventWithoutAPoliticalActorIsLeftOut() {
        assertTrue(TestExtractor.claims("The striker attacked the referee's decision.").events().isEmpty());
    }

    @Test
    void aPersonNamedWithATitleOfPrivateLifeAloneIsNoPoliticalActor() {
        assertTrue(TestExtractor.claims("Marta Rojas, director of the Lima Film Institute, criticised the decision to close the festival.")
                .events().isEmpty());
        assertEquals(1, TestExtractor.claims("Elena Rojas, a deputy minister, criticised the decision to close the festival.")
                .events().size());
    }

    @Test
    void praiseWithNoOneGivingItIsLeftOutButViolenceWithNoKnownPerpetratorIsKept() {
        assertEquals(0, TestExtractor.claims("Peruvian Prime Minister Ramona Quispe was praised on Monday.").events().size());
        Situation killing = onlyOfRoot(TestExtractor.claims("Peruvian Prime Minister Ramona Quispe was assassinated on Monday."), "18");
        assertTrue(killing.participants().stream().anyMatch(p -> p.entity().equals("ramona-quispe")), killing.toString());
    }

    @Test
    void forceDoneToANamedPersonOfNoOfficeIsKeptButHisOwnActsAreNot() {
        Situation arrest = onlyOfRoot(TestExtractor.claims("Tomas Arancibia, who was arrested on Monday, remains in custody."), "17");
        assertEquals(List.of("tomas-arancibia"), arrest.participants().stream().map(p -> p.entity()).toList());
        assertTrue(TestExtractor.claims("Tomas Arancibia criticised the festival on Monday.").events().isEmpty());
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
    void whatASideSaysAfterTheStoryTurnsToAnotherTimeIsNoPartOfTheCall() {
        ClaimSet during = TestExtractor.claims("Chile and Peru held a phone call on Monday. Peru praised Chile.");
        assertEquals(onlyOfRoot(during, "04").id(), onlyOfRoot(during, "05").partOf(), during.events().toString());
        ClaimSet later = TestExtractor.claims("Chile and Peru held a phone call on Monday. "
                + "In 2019, Chile imposed sanctions on Peru. Peru praised Chile.");
        assertNull(onlyOfRoot(later, "05").partOf(), later.events().toString());
    }

    @Test
    void whatASideSaysToThePressOrSomewhereElseIsNoPartOfTheCall() {
        ClaimSet press = TestExtractor.claims("Chile and Peru held a phone call on Monday. Peru praised Chile at a news conference.");
        assertNull(onlyOfRoot(press, "05").partOf(), press.events().toString());
        ClaimSet place = TestExtractor.claims("Chile and Peru held a phone call on Monday. Peru praised Chile in Lima.");
        assertNull(onlyOfRoot(place, "05").partOf(), place.events().toString());
        // where the leaders met is no setting apart
        ClaimSet met = TestExtractor.claims("The leaders of Peru and Chile met at a regional conference on Monday. Peru praised Chile at the conference.");
        assertEquals(onlyOfRoot(met, "04").id(), onlyOfRoot(met, "05").partOf(), met.events().toString());
    }

    @Test
    void whoHostsAMeetingOfStatesIsOneOfItsSidesNotAnotherMeeting() {
        ClaimSet set = TestExtractor.claims("The presidents of Peru, Chile and Bolivia met in Lima on Thursday. "
                + "Peruvian President Tomas Arancibia hosted the meeting.");
        Situation meeting = onlyOfRoot(set, "04");
        assertEquals(2, sentencesStating(set, meeting), set.events().toString());
        assertTrue(meeting.participants().stream().anyMatch(p -> p.entity().equals("tomas-arancibia")), meeting.toString());
    }

    @Test
    void theThingAnActWasDoneToNamesThatActHoweverFarBack() {
        ClaimSet set = TestExtractor.claims("Peru and Chile signed a trade agreement on Monday. Tariffs on copper will fall. "
                + "Fishermen in Tacna were pleased. Prices of fish rose in Lima. Bolivia welcomed the agreement.");
        Situation signed = set.events().stream().filter(e -> TestExtractor.sources(e).contains("peru")).findFirst().orElseThrow();
        Situation welcomed = set.events().stream().filter(e -> TestExtractor.sources(e).contains("bolivia")).findFirst().orElseThrow();
        assertEquals(List.of(signed.id()), welcomed.themes(), set.events().toString());
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
    void theCallToldBeforeWithTheSameWordIsThatAppealAndWhoSecondsItPraisesItsMaker() {
        ClaimSet set = TestExtractor.claims("On Monday, Chilean President Tomas Arancibia called for talks on water rights. "
                + "The call was quickly welcomed by Bolivia.");
        Situation praise = onlyOfRoot(set, "05");
        assertTrue(praise.participants().stream().anyMatch(p -> p.entity().equals("tomas-arancibia") && p.role() == Role.RECIPIENT),
                praise.toString());
        assertEquals(List.of(onlyOfRoot(set, "02").id()), praise.themes());
        assertTrue(set.events().stream().noneMatch(e -> e.type() == SituationType.PhoneCall), set.events().toString());
    }

    @Test
    void theMoveWithNoActNearItIsTheActTheStoryLeadsWith() {
        ClaimSet set = TestExtractor.claims("On Monday, Chile closed its border with Peru. Fishermen in Tacna were stranded. "
                + "Prices of fish rose in Lima. Long queues formed at the crossing. On Wednesday, Bolivia criticized the move.");
        Situation criticism = onlyOfRoot(set, "11");
        assertTrue(criticism.participants().stream().anyMatch(p -> p.entity().equals("chile") && p.role() == Role.TARGET),
                criticism.toString());
    }

    @Test
    void aNounNamingAnActByItsVerbIsThatActHoweverFarBack() {
        ClaimSet set = TestExtractor.claims("On Monday, Peru closed a crossing near Tacna. Fishermen were stranded. Prices rose in Lima. "
                + "Queues formed at the crossing. On Tuesday, Chile and Peru agreed to reopen the crossing. Trucks waited for days. "
                + "Buses were cancelled. Markets closed early. On Wednesday, Bolivia welcomed the agreement.");
        Situation welcome = onlyOfRoot(set, "05");
        Situation agreed = onlyOfRoot(set, "03");
        assertEquals(List.of(agreed.id()), welcome.themes(), welcome.toString());
    }

    @Test
    void whoDeniesAnAccusationDoesNotMakeIt() {
        ClaimSet set = TestExtractor.claims("Bolivia accused Peru of killing three farmers. Peru denied the accusation.");
        Situation accusation = onlyOfRoot(set, "11");
        assertEquals(Set.of("bolivia"), TestExtractor.sources(accusation));
    }

    @Test
    void itBeyondReachIsNotTheActTheStoryLeadsWith() {
        ClaimSet set = TestExtractor.claims("On Monday, Chile closed its border with Peru. Fishermen in Tacna were stranded. "
                + "Prices of fish rose in Lima. Long queues formed at the crossing. On Wednesday, Bolivia criticized it.");
        assertTrue(onlyOfRoot(set, "11").themes().isEmpty(), set.events().toString());
    }

    @Test
    void aNounMadeFromTheVerbOfAnActToldBeforeIsThatActHoweverItIsCoded() {
        ClaimSet set = TestExtractor.claims("Chile seized a Bolivian fishing boat on Tuesday. Peru condemned the seizure on Wednesday.");
        Situation seizure = onlyOfRoot(set, "17");
        Situation condemned = onlyOfRoot(set, "11");
        assertEquals(List.of(seizure.id()), condemned.themes(), set.events().toString());
        assertTrue(TestExtractor.targets(condemned).contains("chile"), set.events().toString());
    }

    @Test
    void theAccusationIsTheLastAccusationNotTheLastCriticismAndASpokesmanForABodySpeaksForIt() {
        // the ministry a spokesman speaks for is read after the title
        ClaimSet set = TestExtractor.claims("Peru accused Chile of spying on Monday. Bolivia criticised Peru on Tuesday. "
                + "A spokesman for the Chilean foreign ministry called the accusation \"baseless\" and said Santiago would cooperate.");
        Situation accusation = set.events().stream().filter(e -> e.cameoCode() != null && e.cameoCode().value().equals("112"))
                .findFirst().orElseThrow();
        Situation answer = set.events().stream().filter(e -> TestExtractor.sources(e).contains("chile")
                && e.cameoCode() != null && e.cameoCode().value().startsWith("11")).findFirst().orElseThrow();
        assertEquals(List.of(accusation.id()), answer.themes(), set.events().toString());
        assertEquals(Set.of("peru"), TestExtractor.targets(answer), set.events().toString());
    }

    @Test
    void aNamingWithTheSameWordIsNoCallToldBefore() {
        ClaimSet set = TestExtractor.claims("Ramona Quispe called the Chilean blockade a violation of Bolivian sovereignty on Monday. "
                + "The call was welcomed by Peru on Tuesday.");
        Situation criticism = onlyOfRoot(set, "11");
        assertEquals(1, sentencesStating(set, criticism), set.claims().toString());
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

    private static org.entente.claims.Situation onlyRelation(org.entente.claims.ClaimSet set, org.entente.claims.SituationType type) {
        List<org.entente.claims.Situation> found = set.relations().stream().filter(r -> r.type() == type).toList();
        assertEquals(1, found.size(), set.relations().toString());
        return found.get(0);
    }

    private static java.util.Map<String, org.entente.claims.Role> roles(org.entente.claims.Situation s) {
        java.util.Map<String, org.entente.claims.Role> out = new java.util.TreeMap<>();
        s.participants().forEach(p -> out.put(p.entity(), p.role()));
        return out;
    }

    @Test
    void aPresidentActsForTheStateWhichIsRecordedOnHisPartAndNotAsAParticipantOfItsOwn() {
        Situation condemned = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia condemned Peru on Monday."), "11");
        var president = condemned.participants().stream().filter(p -> p.entity().equals("tomas-arancibia")).findFirst().orElseThrow();
        assertEquals("chile", president.actingFor());
        assertEquals(Role.INITIATOR, president.role());
        assertTrue(condemned.participants().stream().noneMatch(p -> p.entity().equals("chile")), condemned.participants().toString());
        assertEquals(Set.of("tomas-arancibia", "chile"), TestExtractor.sources(condemned));
    }

    @Test
    void theHeadOfAnInternationalBodyDoesNotActForTheStateHeComesFrom() {
        Situation welcomed = onlyOfRoot(TestExtractor.claims("The United Nations Secretary-General welcomed the Andean accord."), "05");
        var head = welcomed.participants().stream().filter(p -> p.entity().equals("antonio-guterres")).findFirst().orElseThrow();
        assertEquals(null, head.actingFor(), welcomed.participants().toString());
        assertTrue(welcomed.participants().stream().noneMatch(p -> "portugal".equals(p.entity())), welcomed.participants().toString());
    }

    @Test
    void partyLeadersLegislatorsAndChurchmenActForNoStateButALeaderOfTheStateDoes() {
        for (String sentence : List.of("Peruvian opposition leader Tomas Arancibia condemned Chile on Monday.",
                "Peruvian Labour leader Tomas Arancibia condemned Chile on Monday.",
                "Andean Labour Party leader Tomas Arancibia condemned Chile on Monday.",
                "Peruvian Senator Tomas Arancibia condemned Chile on Monday.",
                "Archbishop Tomas Arancibia of Lima condemned Chile on Monday.")) {
            Situation condemned = onlyOfRoot(TestExtractor.claims(sentence), "11");
            var critic = condemned.participants().stream().filter(p -> p.entity().equals("tomas-arancibia")).findFirst().orElseThrow();
            assertEquals(null, critic.actingFor(), sentence);
            assertTrue(!TestExtractor.sources(condemned).contains("peru"), sentence + " " + condemned.participants());
        }
        for (String sentence : List.of("Peruvian leader Tomas Arancibia condemned Chile on Monday.",
                "North Korean leader Tomas Arancibia condemned Chile on Monday.",
                "Former Peruvian leader Tomas Arancibia condemned Chile on Monday.")) {
            Situation leader = onlyOfRoot(TestExtractor.claims(sentence), "11");
            assertTrue(leader.participants().stream().anyMatch(p -> p.entity().equals("tomas-arancibia") && p.actingFor() != null),
                    sentence + " " + leader.participants());
        }
    }

    @Test
    void aStateNamedBesideThoseActingForItTakesPartInItsOwnRight() {
        Situation condemned = onlyOfRoot(TestExtractor.claims(
                "Chile and Chilean President Tomas Arancibia condemned Peru on Monday."), "11");
        assertTrue(condemned.participants().stream().anyMatch(p -> p.entity().equals("chile")), condemned.participants().toString());
        assertTrue(condemned.participants().stream().allMatch(p -> p.actingFor() == null), condemned.participants().toString());
    }

    @Test
    void supportVoicedByAPresidentIsHeldOnHisStatesBehalf() {
        var set = TestExtractor.claims("Chilean President Tomas Arancibia voiced his support for Peru on Monday.");
        var support = onlyRelation(set, SituationType.Support);
        assertTrue(support.participants().stream().anyMatch(p -> p.entity().equals("tomas-arancibia") && p.role() == Role.SUPPORTER
                && "chile".equals(p.actingFor())), support.participants().toString());
        assertTrue(support.participants().stream().noneMatch(p -> p.entity().equals("chile")), support.participants().toString());
    }

    @Test
    void anOfferToHelpTowardsPeaceIsAnOfferToMediateWhoseMediatorIsTheStateTheSpeakerSpeaksFor() {
        Situation offer = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia stressed Chile's willingness "
                + "to assist in reaching a peaceful settlement between Peru and Bolivia."), "03");
        assertEquals(SituationType.MediationOffer, offer.type());
        assertEquals(java.util.Map.of("tomas-arancibia", Role.INITIATOR, "chile", Role.MEDIATOR), roles(offer));
        Situation offered = onlyOfRoot(TestExtractor.claims("Chile offered to mediate between Peru and Bolivia."), "03");
        assertEquals(SituationType.MediationOffer, offered.type());
    }

    @Test
    void aDispositionTowardsNoActIsAStanceUnlessItIsSaidOrRenewed() {
        ClaimSet vocal = TestExtractor.claims("Chile has been vocal about its commitment to peace in the region.");
        assertTrue(vocal.events().stream().noneMatch(e -> e.cameoCode().root().equals("03")), vocal.events().toString());
        onlyOfRoot(TestExtractor.claims("Chile reiterated its commitment to peace in the region."), "03");
        onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia stressed Chile's readiness for peace in the region."), "03");
    }

    @Test
    void supportRenewedByNoOneNamedOrNamedByAParticipleIsAStanceAndSupportVoicedIsAnAct() {
        ClaimSet renewed = TestExtractor.claims("Chile's support for talks between Peru and Bolivia was reiterated.");
        assertTrue(renewed.events().stream().noneMatch(e -> e.cameoCode().root().equals("05")), renewed.events().toString());
        assertTrue(renewed.relations().stream().anyMatch(r -> r.participants().stream().anyMatch(p -> p.entity().equals("chile"))),
                renewed.relations().toString());
        ClaimSet named = TestExtractor.claims("Peru's expressed support for a peaceful settlement positions it as a broker.");
        assertTrue(named.events().stream().noneMatch(e -> e.cameoCode().root().equals("05")), named.events().toString());
        onlyOfRoot(TestExtractor.claims("Chile reiterated its support for talks between Peru and Bolivia."), "05");
    }

    @Test
    void thoseWhoCommemorateTogetherTakePartAlike() {
        Situation commemoration = onlyOfRoot(TestExtractor.claims("Chile and Peru commemorated the anniversary of the treaty."), "01");
        assertEquals(java.util.Map.of("chile", Role.PARTICIPANT, "peru", Role.PARTICIPANT), roles(commemoration));
    }

    @Test
    void thisVisitNamesTheGatheringBeforeItMoreCloselyAndIsThatEvent() {
        ClaimSet set = TestExtractor.claims("Chilean and Peruvian leaders converged in La Paz on Monday to discuss the border. "
                + "This visit underscored their support for Bolivia.");
        Situation visit = onlyOfRoot(set, "04");
        assertEquals(SituationType.Visit, visit.type());
        assertEquals(Set.of("chile", "peru"), TestExtractor.entities(visit));
        assertEquals(2, sentencesStating(set, visit), set.claims().toString());
    }

    @Test
    void cooperationThatIsNeitherDeepenedNorAgreedIsAStandingPartnershipAndNoAct() {
        ClaimSet standing = TestExtractor.claims("Chile and Peru kept in step all year, making their collaboration "
                + "a decisive factor in the coming negotiations.");
        assertTrue(standing.events().stream().noneMatch(e -> e.cameoCode().root().equals("06")), standing.events().toString());
        assertEquals(java.util.Map.of("chile", Role.MEMBER, "peru", Role.MEMBER), roles(onlyRelation(standing, SituationType.Partnership)));
        onlyOfRoot(TestExtractor.claims("Chile and Peru agreed on Monday to deepen their cooperation on fisheries."), "06");
    }

    @Test
    void supportHeldForAnotherIsAStandingRelationshipAndNoAct() {
        var set = TestExtractor.claims("The meeting underscored the international community's unwavering support for Bolivia.");
        var support = onlyRelation(set, org.entente.claims.SituationType.Support);
        assertEquals(java.util.Map.of("international-community", org.entente.claims.Role.SUPPORTER,
                "bolivia", org.entente.claims.Role.SUPPORTED), roles(support));
        assertTrue(set.events().stream().noneMatch(e -> e.cameoCode().root().equals("05")), set.events().toString());
        assertTrue(set.claims().stream().anyMatch(c -> c.about().equals(support.id())), set.claims().toString());
    }

    @Test
    void supportVoicedIsAnActOfSupportAndTheRelationshipToo() {
        var set = TestExtractor.claims("Chile voiced its support for Peru on Monday.");
        assertEquals(1, set.events().stream().filter(e -> e.cameoCode().value().equals("051")).count(), set.events().toString());
        assertEquals(java.util.Map.of("chile", org.entente.claims.Role.SUPPORTER, "peru", org.entente.claims.Role.SUPPORTED),
                roles(onlyRelation(set, org.entente.claims.SituationType.Support)));
    }

    @Test
    void anAllianceBetweenTwoStatesJoinsThemAsMembers() {
        var set = TestExtractor.claims("The summit reflected a deepening alliance between Chile and Peru.");
        assertEquals(java.util.Map.of("chile", org.entente.claims.Role.MEMBER, "peru", org.entente.claims.Role.MEMBER),
                roles(onlyRelation(set, org.entente.claims.SituationType.Alliance)));
    }

    @Test
    void aPartnershipNamedTwiceIsOneRelationshipWithBothSentencesAsEvidence() {
        var set = TestExtractor.claims("Chile has emerged as a crucial economic partner for Peru. "
                + "The strong Chilean-Peruvian partnership has grown since 2019.");
        var partnership = onlyRelation(set, org.entente.claims.SituationType.Partnership);
        assertEquals(java.util.Map.of("chile", org.entente.claims.Role.MEMBER, "peru", org.entente.claims.Role.MEMBER),
                roles(partnership));
        assertEquals(2, sentencesStating(set, partnership), set.claims().toString());
    }

    @Test
    void tiesCutAreNoPartnership() {
        var set = TestExtractor.claims("Chile cut ties with Peru on Monday.");
        assertTrue(set.relations().stream().noneMatch(r -> r.type() == org.entente.claims.SituationType.Partnership),
                set.relations().toString());
    }

    @Test
    void aReactionToTheMoveOrToItIsAboutTheLatestActOfOthersAndAimedAtItsDoers() {
        ClaimSet set = TestExtractor.claims("Peru closed its border with Bolivia on Wednesday. Colombia criticized the move.");
        Situation criticism = onlyOfRoot(set, "11");
        Situation closing = onlyOfRoot(set, "19");
        assertEquals(List.of(closing.id()), criticism.themes());
        assertEquals(Set.of("peru"), TestExtractor.targets(criticism));
        ClaimSet it = TestExtractor.claims("Chile expelled two Peruvian diplomats. Bolivia called it a mistake.");
        assertEquals(Set.of("chile"), TestExtractor.targets(onlyOfRoot(it, "11")));
    }

    @Test
    void aReactionToTheActNamedByItsVerbsGerundIsAboutThatAct() {
        ClaimSet set = TestExtractor.claims("Bolivia reopened its border with Peru on Sunday. "
                + "The Foreign Ministry of Chile characterized the reopening as a serious violation of Chilean sovereignty.");
        Situation reopening = onlyOfRoot(set, "08");
        Situation criticism = onlyOfRoot(set, "11");
        assertEquals(List.of(reopening.id()), criticism.themes());
        assertTrue(TestExtractor.targets(criticism).contains("bolivia"), criticism.toString());
    }

    @Test
    void aReactionToTheThingAnActWasDoneToIsAboutThatAct() {
        ClaimSet set = TestExtractor.claims("Chile and Bolivia signed a trade agreement on Friday. Ecuador welcomed the agreement.");
        Situation signing = set.situations().stream().filter(s -> "057".equals(s.cameoCode() == null ? null : s.cameoCode().value()))
                .findFirst().orElseThrow();
        Situation welcome = set.situations().stream().filter(s -> s != signing && s.themes().contains(signing.id())).findFirst()
                .orElseThrow(() -> new AssertionError(set.situations().toString()));
        assertEquals(Set.of("chile", "bolivia"), TestExtractor.targets(welcome));
    }

    @Test
    void aReactionToAnActOfItsOwnOrToAnUnrelatedPlanNamesNoTarget() {
        ClaimSet own = TestExtractor.claims("Peru closed its border with Bolivia on Wednesday. Peru praised the move.");
        assertTrue(own.situations().stream().noneMatch(s -> s.themes().size() > 0), own.situations().toString());
        // neither near the criticism nor in the story's opening sentences
        ClaimSet far = TestExtractor.claims("The weather was cold. Snow fell in the mountains. Trade slowed down. Roads were closed. "
                + "Peru closed its border with Bolivia on Wednesday. The weather was cold. "
                + "Snow fell in the mountains. Trade slowed down. Colombia criticized the move.");
        Situation criticism = onlyOfRoot(far, "11");
        assertTrue(criticism.themes().isEmpty() && TestExtractor.targets(criticism).isEmpty(), criticism.toString());
    }

    @Test
    void whatIsSaidAfterTalksThatAreOnlyPlannedIsNotPartOfThem() {
        ClaimSet set = TestExtractor.claims("Chile and Peru agreed to resume negotiations next month. "
                + "Chile denied that its forces had entered Peruvian territory.");
        Situation talks = onlyOfRoot(set, "04");
        assertTrue(set.events().stream().noneMatch(s -> talks.id().equals(s.partOf())), set.events().toString());
    }
}
