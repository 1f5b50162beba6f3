package org.entente.extract.roles;

import static org.entente.extract.TestExtractor.entities;
import static org.entente.extract.TestExtractor.onlyOfRoot;
import static org.entente.extract.TestExtractor.sources;
import static org.entente.extract.TestExtractor.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.claims.ClaimSet;
import org.entente.claims.Factuality;
import org.entente.claims.Role;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.extract.TestExtractor;
import org.junit.jupiter.api.Test;

/** Who did what to whom, from the parse: subjects, objects, by-agents, obliques, possessors, coordination. */
class RoleStageTest {

    @Test
    void anAttackIsPutDownToWhoCarriedItOutWhoItIsBlamedOnAndWhoClaimsIt() {
        Situation carried = onlyOfRoot(TestExtractor.claims(
                "A second attack, carried out by the Andean Liberation Front, hit a bridge near Tacna."), "18");
        assertEquals(Set.of("andean-liberation-front"), sources(carried));
        Situation blamed = onlyOfRoot(TestExtractor.claims("The bombing was blamed on the Andean Liberation Front."), "18");
        assertEquals(Set.of("andean-liberation-front"), sources(blamed));
        ClaimSet claimed = TestExtractor.claims("The Andean Liberation Front claimed responsibility for the bombing of a bridge near Tacna.");
        assertEquals(Set.of("andean-liberation-front"), sources(onlyOfRoot(claimed, "18")));
    }

    @Test
    void theActATextIsForIsDoneByWhoeverVotesOnItAndTheActOfTheFirstToDoItByThatOne() {
        Situation expulsion = onlyOfRoot(TestExtractor.claims(
                "The Congress of Peru voted on Sunday on a resolution to expel Chilean troops from the border region."), "16");
        assertEquals(Set.of("congress-of-peru", "peru"), sources(expulsion), "the congress, and the state it acts for");
        assertTrue(targets(expulsion).contains("chile"), expulsion.toString());
        assertEquals("2025-03-02", expulsion.date().value(), "the act a text is for is told on the day of the vote");
        Situation refusal = onlyOfRoot(TestExtractor.claims("Ramona Quispe was the first president to reject the Chilean proposal."), "12");
        assertTrue(sources(refusal).contains("ramona-quispe"), refusal.toString());
    }

    @Test
    void whatSomeonesDecisionOrOfferIsToDoIsTheirsNotTheSpeakers() {
        Situation expulsion = onlyOfRoot(TestExtractor.claims(
                "The Bolivian Foreign Ministry expressed regret over Peru's decision to expel the Chilean ambassador."), "16");
        assertEquals(Set.of("peru"), sources(expulsion), expulsion.toString());
        Situation announced = onlyOfRoot(TestExtractor.claims("Chile announced a decision to expel the Bolivian ambassador."), "16");
        assertEquals(Set.of("chile"), sources(announced), "a decision one announces with no owner named is one's own");
        Situation owned = onlyOfRoot(TestExtractor.claims("Chile announced Peru's decision to expel the Bolivian ambassador."), "16");
        assertEquals(Set.of("peru"), sources(owned), "a decision owned by another is theirs alone");
        ClaimSet declined = TestExtractor.claims(
                "Chilean President Tomas Arancibia declined Peruvian President Ramona Quispe's offer to mediate between Chile and Bolivia.");
        Situation rejection = onlyOfRoot(declined, "12");
        assertTrue(targets(rejection).contains("ramona-quispe"), rejection.toString());
        Situation offer = onlyOfRoot(declined, "03");
        assertTrue(sources(offer).contains("ramona-quispe"), "the offer declined is made, and made by Quispe: " + offer);
        assertTrue(TestExtractor.claimsAbout(declined, offer).stream().noneMatch(c -> c.factuality() == Factuality.NEGATED),
                "declining an offer does not undo its making");
    }

    @Test
    void theOneAnActDisappointsOrAngersDisapprovesOfWhoeverDidIt() {
        for (String sentence : List.of("Bolivia was disappointed by Peru's decision to close the border.",
                "Peru's decision to close the border angered Bolivia.", "Bolivia is disappointed with Peru.")) {
            Situation disapproval = onlyOfRoot(TestExtractor.claims(sentence), "11");
            assertEquals(Set.of("bolivia"), sources(disapproval), sentence + " " + disapproval);
            assertEquals(Set.of("peru"), targets(disapproval), sentence + " " + disapproval);
        }
    }

    @Test
    void sanctionsFacedFromSomeoneAreTheirs() {
        Situation sanctions = onlyOfRoot(TestExtractor.claims("Chile faced new sanctions from the European Union."), "16");
        assertEquals(Set.of("european-union"), sources(sanctions), sanctions.toString());
        assertEquals(Set.of("chile"), targets(sanctions), sanctions.toString());
    }

    @Test
    void whereAHostReceivesAGuestIsNoSideOfTheVisit() {
        Situation hosted = onlyOfRoot(TestExtractor.claims(
                "Chilean President Tomas Arancibia hosted Bolivian President Evo Mamani in Santiago on Monday."), "04");
        assertTrue(targets(hosted).contains("evo-mamani") && !targets(hosted).contains("chile"),
                "the host's own capital is no one received: " + hosted);
    }

    @Test
    void aPlaceTheParserHungAnInfinitiveOnDoesNotDoIt() {
        ClaimSet set = TestExtractor.claims("Chilean forces are in Peru at the invitation of Bolivia to fight the Andean Liberation Front.");
        set.events().stream().filter(e -> e.cameoCode().root().equals("19"))
                .forEach(e -> assertTrue(!sources(e).contains("peru"), e.toString()));
    }

    @Test
    void criticismDespiteWhichOneActedIsAimedAtTheOneActing() {
        Situation criticism = onlyOfRoot(TestExtractor.claims(
                "Bolivia reopened its border with Peru on Sunday, despite criticism by the Chilean foreign minister."), "11");
        assertEquals(Set.of("bolivia"), targets(criticism));
        assertTrue(sources(criticism).contains("chile"), criticism.toString());
        Situation aimed = onlyOfRoot(TestExtractor.claims(
                "Bolivia reopened its border with Peru on Sunday, despite Chilean criticism of Peru."), "11");
        assertEquals(Set.of("peru"), targets(aimed), "criticism aimed at someone is aimed at them alone");
    }

    @Test
    void oneWhoOnlyCommentsOnAPlanDoesNotCarryItOut() {
        ClaimSet set = TestExtractor.claims("Bolivia on Friday commented on a Peruvian plan to expel Chilean diplomats.");
        set.events().stream().filter(e -> e.cameoCode().root().equals("16"))
                .forEach(e -> assertTrue(!sources(e).contains("bolivia"), e.toString()));
    }

    @Test
    void whoFacilitatesOrArrangesAMeetingOfOthersMediatesItAndIsNoPartyToIt() {
        ClaimSet set = TestExtractor.claims("Bolivian President Evo Mamani helped facilitate a meeting between Chile and Peru in February.");
        Situation meeting = set.situations().stream().filter(s -> s.cameoCode() != null && s.cameoCode().value().equals("040")).findFirst().orElseThrow();
        assertEquals(Set.of("chile", "peru"), entities(meeting), meeting.toString());
        Situation mediation = set.situations().stream().filter(s -> s.cameoCode() != null && s.cameoCode().value().equals("045")).findFirst().orElseThrow();
        assertEquals(Role.MEDIATOR, roleOf(mediation, "evo-mamani"), mediation.toString());
        assertEquals(Role.PARTICIPANT, roleOf(mediation, "chile"), mediation.toString());
        assertEquals(Role.PARTICIPANT, roleOf(mediation, "peru"), mediation.toString());
        assertEquals(meeting.id(), mediation.aim(), mediation.toString());
    }

    @Test
    void whoAnswersARequestDemandOrOfferWasAskedDemandedOfOrOffered() {
        Situation granted = onlyOfRoot(TestExtractor.claims("Peru granted Chile's request for an extradition."), "02");
        assertEquals(Set.of("peru"), targets(granted), granted.toString());
        assertEquals(Set.of("chile"), sources(granted), granted.toString());
        Situation rejected = onlyOfRoot(TestExtractor.claims("Chile rejected a request by Peru to extradite Ramona Quispe."), "02");
        assertEquals(Set.of("chile"), targets(rejected), rejected.toString());
        Situation complied = onlyOfRoot(TestExtractor.claims(
                "Bolivian President Evo Mamani agreed to comply with the request of Chilean President Tomas Arancibia to reopen the border."), "02");
        assertTrue(targets(complied).contains("evo-mamani"), complied.toString());
        assertTrue(sources(complied).contains("tomas-arancibia"), complied.toString());
        Situation declined = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia declined Peru's offer to mediate."), "03");
        assertEquals(Set.of("peru"), sources(declined), declined.toString());
        assertTrue(targets(declined).contains("tomas-arancibia"), declined.toString());
    }

    @Test
    void whoAskedForAnActIsNoTargetOfIt() {
        ClaimSet set = TestExtractor.claims("At the request of Chilean President Tomas Arancibia, the Bolivian government closed the border on Monday.");
        Situation closed = onlyOfRoot(set, "19");
        assertEquals(Set.of("bolivia"), entities(closed), closed.toString());
        Situation request = onlyOfRoot(set, "02");
        assertTrue(sources(request).contains("tomas-arancibia"), request.toString());
    }

    @Test
    void arrangingWhatIsNoMeetingOrASummitWithOneselfIsNoMediation() {
        ClaimSet loan = TestExtractor.claims("Bolivian President Evo Mamani arranged a loan for Peru in February.");
        assertTrue(loan.situations().stream().noneMatch(s -> s.cameoCode() != null && s.cameoCode().root().equals("04")),
                loan.situations().toString());
        ClaimSet summit = TestExtractor.claims("Bolivian President Evo Mamani arranged a summit with Peru in February.");
        assertTrue(summit.situations().stream().noneMatch(s -> s.cameoCode() != null && s.cameoCode().value().equals("045")),
                summit.situations().toString());
    }

    @Test
    void whoBrokersACeasefireIsNoPartyToIt() {
        ClaimSet set = TestExtractor.claims("Bolivia brokered a ceasefire between Chile and Peru on Friday.");
        Situation ceasefire = onlyOfRoot(set, "08");
        assertEquals(Set.of("chile", "peru"), entities(ceasefire), ceasefire.toString());
        Situation mediation = onlyOfRoot(set, "04");
        assertEquals(ceasefire.id(), mediation.aim(), mediation.toString());
        assertEquals(Role.MEDIATOR, roleOf(mediation, "bolivia"), mediation.toString());
        assertEquals(Role.PARTICIPANT, roleOf(mediation, "chile"), mediation.toString());
    }

    @Test
    void whoBrokersOrArrangesTalksBetweenOthersIsNoSideOfThem() {
        for (String verb : List.of("brokered", "arranged", "facilitated")) {
            ClaimSet set = TestExtractor.claims("Bolivia " + verb + " talks between Chile and Peru on Friday.");
            Situation talks = set.situations().stream().filter(s -> s.cameoCode() != null && s.cameoCode().value().equals("040"))
                    .findFirst().orElseThrow();
            assertEquals(Set.of("chile", "peru"), entities(talks), verb + ": " + talks);
            Situation mediation = set.situations().stream().filter(s -> s.cameoCode() != null && s.cameoCode().value().equals("045"))
                    .findFirst().orElseThrow();
            assertEquals(Role.MEDIATOR, roleOf(mediation, "bolivia"), verb + ": " + mediation);
        }
    }

    @Test
    void whoActsAtTheRequestOfAnotherDoesNotAimTheActAtThem() {
        Situation sanctions = onlyOfRoot(TestExtractor.claims(
                "Chile imposed sanctions on Peru at the request of Bolivia on Monday."), "16");
        assertEquals(Set.of("peru"), targets(sanctions), sanctions.toString());
    }

    @Test
    void aJudgementAimedAtNoActorIsAimedAtWhomItAnswers() {
        Situation answer = onlyOfRoot(TestExtractor.claims(
                "In response to Bolivia's remarks, the Chilean foreign ministry condemned the tone of the debate."), "11");
        assertTrue(targets(answer).contains("bolivia"), answer.toString());
        Situation participle = onlyOfRoot(TestExtractor.claims(
                "Peruvian Prime Minister Ramona Quispe, reacting to Chile's proposal, rejected the plan as unworkable."), "12");
        assertTrue(targets(participle).contains("chile"), participle.toString());
        Situation named = onlyOfRoot(TestExtractor.claims(
                "Replying to Bolivia's letter, the Chilean foreign ministry condemned Peru."), "11");
        assertEquals(Set.of("peru"), targets(named), "an actor it names is whom it is aimed at");
    }

    @Test
    void anAttackOneIsBlamedForOrAccusedOfCarryingOutIsTheirsNotTheAccusers() {
        Situation blamed = onlyOfRoot(TestExtractor.claims("Peru blamed the Andean Liberation Front for the bombing of a bridge near Tacna."), "18");
        assertEquals(Set.of("andean-liberation-front"), sources(blamed));
        Situation accused = onlyOfRoot(TestExtractor.claims(
                "Peru accused the Andean Liberation Front of carrying out the bombing of a bridge near Tacna."), "18");
        assertEquals(Set.of("andean-liberation-front"), sources(accused));
    }

    @Test
    void whoOrdersDaysOfMourningHoldsThem() {
        Situation mourning = onlyOfRoot(TestExtractor.claims(
                "President Evo Mamani of Bolivia ordered three days of national mourning after the crash."), "01");
        assertTrue(sources(mourning).contains("evo-mamani"), mourning.toString());
    }

    @Test
    void whomOneFightsIsTheTargetButThoseWhoClashWithOneAnotherTakePartAlike() {
        Situation fought = onlyOfRoot(TestExtractor.claims("Chile fought the Andean Liberation Front near Tacna."), "19");
        assertEquals(Set.of("chile"), sources(fought));
        assertEquals(Set.of("andean-liberation-front"), targets(fought));
        Situation clash = onlyOfRoot(TestExtractor.claims("Chile and Peru clashed near Tacna."), "19");
        assertTrue(sources(clash).isEmpty() && targets(clash).isEmpty(), clash.participants().toString());
        Situation clashWith = onlyOfRoot(TestExtractor.claims("Chile clashed with Peru near Tacna."), "19");
        assertTrue(targets(clashWith).isEmpty(), clashWith.participants().toString());
    }

    @Test
    void whoDidWhatAClauseAfterAPrepositionTellsIsTheSubjectOfTheVerbAbove() {
        Situation coup = onlyOfRoot(TestExtractor.claims(
                "Tomas Arancibia became president in 2003 after overthrowing his uncle, General Ramon Arancibia."), "17");
        assertEquals(Set.of("tomas-arancibia"), sources(coup));
        assertEquals(Set.of("ramon-arancibia"), targets(coup));
    }

    @Test
    void whatAThingIsUsedToDoIsDoneByWhoUsesItButWhomOneSendsToActActs() {
        Situation used = onlyOfRoot(TestExtractor.claims("Chile used the full force of the law to expel the Peruvian ambassador."), "16");
        assertEquals(Set.of("chile"), sources(used));
        Situation sent = onlyOfRoot(TestExtractor.claims("Peru sent its foreign minister Ramona Quispe to meet the Chilean president."), "04");
        assertEquals(Set.of("ramona-quispe"), sources(sent));
        // a purpose after an object is the subject's: Peru protests, not the envoy it sued
        ClaimSet sued = TestExtractor.claims("Peru sued Chilean envoy Tomas Arancibia to protest the blockade of Lima.");
        Situation protest = sued.events().stream().filter(e -> e.cameoCode().value().equals("114")).findFirst().orElseThrow();
        assertEquals(Set.of("peru"), sources(protest), sued.events().toString());
        // a delegation is people, not a thing: it meets, not the state that sent it
        Situation delegation = onlyOfRoot(TestExtractor.claims("Bolivia sent the Peruvian delegation to meet Chilean ministers in Santiago."), "04");
        assertTrue(!sources(delegation).contains("bolivia"), delegation.participants().toString());
    }

    @Test
    void whoFacesOrReceivesThreatsIsTheirTarget() {
        Situation faced = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia faced threats from Bolivia."), "13");
        assertEquals(Set.of("bolivia"), sources(faced));
        assertTrue(targets(faced).contains("tomas-arancibia"), faced.participants().toString());
    }

    @Test
    void everyNameOfAListSetBesideTheSubjectTakesPart() {
        Situation rejection = onlyOfRoot(TestExtractor.claims(
                "Two Chilean senators, Tomas Arancibia and Ramona Quispe, opposed the bill."), "12");
        assertTrue(sources(rejection).containsAll(Set.of("tomas-arancibia", "ramona-quispe")), rejection.participants().toString());
    }

    @Test
    void whomADisagreementOrDisappointmentIsWithIsItsTarget() {
        Situation disagreement = onlyOfRoot(TestExtractor.claims(
                "Peruvian Foreign Minister Ramona Quispe often had disagreements with Chilean President Tomas Arancibia."), "11");
        assertTrue(targets(disagreement).contains("tomas-arancibia"), disagreement.participants().toString());
        Situation concern = onlyOfRoot(TestExtractor.claims("Peru expressed concern over the Chilean blockade."), "11");
        assertEquals(Set.of("peru"), sources(concern));
        assertEquals(Set.of("chile"), targets(concern));
    }

    @Test
    void supportVoicedInAPerfectIsTheSubjectsSupport() {
        Situation support = onlyOfRoot(TestExtractor.claims("Chile has publicly voiced support for Peru."), "05");
        assertEquals(Set.of("chile"), sources(support));
        assertEquals(Set.of("peru"), targets(support));
    }

    @Test
    void antiProtestsAreAimedAtWhomTheyAreAgainstAndACrowdClashingWithPoliceRiotsAgainstThem() {
        Situation protest = onlyOfRoot(TestExtractor.claims("Anti-Chilean protests continued in Lima on Monday."), "14");
        assertEquals(Set.of("chile"), targets(protest));
        assertTrue(sources(protest).isEmpty(), protest.participants().toString());
        Situation riot = onlyOfRoot(TestExtractor.claims("Protesters clashed with Peruvian police in Lima on Monday."), "14");
        assertEquals("145", riot.cameoCode().value());
        assertTrue(targets(riot).contains("peru-police"), riot.participants().toString());
    }

    @Test
    void aDemandForSomeonesActIsMadeOfThem() {
        Situation demand = onlyOfRoot(TestExtractor.claims("Chile demanded the resignation of Peruvian President Ramona Quispe."), "10");
        assertTrue(targets(demand).contains("ramona-quispe"), demand.participants().toString());
        assertEquals(Set.of("chile"), sources(demand));
    }

    @Test
    void theDoersOwnTroopsAreWhatTheyWithdrawNotWhomTheyWithdrawFrom() {
        ClaimSet set = TestExtractor.claims("On Monday, Peru closed a crossing near Tacna. On Tuesday, Chile withdrew its troops from the border.");
        Situation withdrawal = onlyOfRoot(set, "08");
        assertEquals(Set.of("chile"), sources(withdrawal));
        assertTrue(targets(withdrawal).isEmpty(), withdrawal.participants().toString());
        assertTrue(set.entities().stream().noneMatch(e -> e.id().equals("peru-military")), set.entities().toString());
    }

    @Test
    void aSubjectWithARelativeClauseBetweenCommasIsTheMainVerbsSubject() {
        Situation criticism = onlyOfRoot(TestExtractor.claims("Chile, which was not invited, criticised the treaty."), "11");
        assertEquals(Set.of("chile"), sources(criticism));
    }

    @Test
    void thePresidentsOfSeveralStatesActForEach() {
        Situation signing = onlyOfRoot(TestExtractor.claims("The presidents of Peru, Bolivia and Ecuador signed a treaty on Friday."), "05");
        assertEquals(Set.of("peru", "bolivia", "ecuador"), sources(signing));
        ClaimSet pledge = TestExtractor.claims("The presidents of Peru, Bolivia and Ecuador signed a treaty on Friday. "
                + "In a joint statement, the three leaders pledged to cut pollution in the lake.");
        assertEquals(Set.of("peru", "bolivia", "ecuador"), sources(onlyOfRoot(pledge, "03")));
    }

    @Test
    void itOpeningTheNextSentenceIsTheBodyThatWasTheSubjectBefore() {
        ClaimSet set = TestExtractor.claims("The Andean Liberation Front attacked a Peruvian army base on Monday. "
                + "It demanded the release of its leader.");
        assertEquals(Set.of("andean-liberation-front"), sources(onlyOfRoot(set, "10")));
        ClaimSet said = TestExtractor.claims("Peru said Chile had closed the border. It demanded an apology.");
        assertEquals(Set.of("peru"), sources(onlyOfRoot(said, "10")));
    }

    @Test
    void fightersOfAGroupActAsTheGroupButMembersOfAHouseDoNot() {
        Situation attack = onlyOfRoot(TestExtractor.claims(
                "Fighters of the Andean Liberation Front attacked a Peruvian army post on Monday."), "18");
        assertTrue(sources(attack).contains("andean-liberation-front"), attack.participants().toString());
        ClaimSet boycott = TestExtractor.claims("The vote was boycotted by members of the Chilean Congress.");
        assertTrue(boycott.events().stream().noneMatch(e -> sources(e).contains("chile-parliament")), boycott.events().toString());
    }

    @Test
    void whomOneDisagreesWithIsTheTarget() {
        Situation disagreement = onlyOfRoot(TestExtractor.claims("Tomas Arancibia disagreed with Peru on the border."), "11");
        assertEquals(Set.of("peru"), targets(disagreement));
    }

    @Test
    void whoCameSomewhereToFightIsTheOneWhoFights() {
        Situation fight = onlyOfRoot(TestExtractor.claims("Chilean troops came to Bolivia to fight the Andean Liberation Front after the rebels seized the capital."), "19");
        assertTrue(!sources(fight).contains("bolivia") && sources(fight).contains("chile"), fight.participants().toString());
    }

    @Test
    void anActThatIsTheMeansOfTheClauseTakesNoTargetFromTheClausesObject() {
        Situation approval = onlyOfRoot(TestExtractor.claims("By expressing approval of Peru's efforts to hold talks with the U.S., "
                + "Tomas Arancibia signaled Chile's firm commitment to a settlement."), "05");
        assertEquals(Set.of("peru"), targets(approval));
        assertTrue(sources(approval).contains("tomas-arancibia"), approval.participants().toString());
    }

    @Test
    void whoIsPlacedUnderArrestIsItsTargetAndWhoPlacedThemItsSource() {
        Situation placed = onlyOfRoot(TestExtractor.claims(
                "The Chilean army placed Peruvian President Tomas Arancibia under house arrest."), "17");
        assertTrue(targets(placed).contains("tomas-arancibia") && sources(placed).contains("chile"), placed.participants().toString());
        Situation having = onlyOfRoot(TestExtractor.claims("The Chilean army moved on Monday, "
                + "having first placed Peruvian President Tomas Arancibia under house arrest."), "17");
        assertTrue(targets(having).contains("tomas-arancibia") && sources(having).contains("chile"), having.participants().toString());
    }

    @Test
    void anOfferRefusalOrThreatIsForWhomTheOfferedRefusedOrThreatenedActWasFor() {
        Situation refusal = onlyOfRoot(TestExtractor.claims("Chile refused to provide Bolivia with a fishing licence."), "12");
        assertEquals(Set.of("bolivia"), targets(refusal));
        Situation threat = onlyOfRoot(TestExtractor.claims("Bolivia threatened to cut gas supplies to Chile."), "13");
        assertEquals(Set.of("chile"), targets(threat));
        Situation offer = onlyOfRoot(TestExtractor.claims("Chile has offered to help Peru with the reconstruction."), "03");
        assertEquals(Set.of("peru"), targets(offer));
    }

    @Test
    void aProtestSentInANoteIsTheSendersOfficialComplaint() {
        Situation protest = onlyOfRoot(TestExtractor.claims("Chile sent a note of protest to Peru."), "11");
        assertEquals("114", protest.cameoCode().value());
        assertEquals(Set.of("chile"), sources(protest));
        assertEquals(Set.of("peru"), targets(protest));
    }

    @Test
    void aStatesFireOrWeaponsAreTheStateActing() {
        Situation killing = onlyOfRoot(TestExtractor.claims("Two Chilean soldiers were killed by Peruvian fire near the border."), "18");
        assertEquals(Set.of("peru"), sources(killing));
    }

    @Test
    void whatIsDoneToSomeonesThingIsDoneToThem() {
        Situation s = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia threatened ABS-CBN's broadcasting licence."), "13");
        assertTrue(targets(s).contains("abs-cbn"), s.participants().toString());
    }

    @Test
    void statementsThatCameFromSeveralAreOneActOfEach() {
        ClaimSet set = TestExtractor.claims("Statements of condemnation have come from Chilean President Tomas Arancibia "
                + "and Peruvian President Ramona Quispe.");
        List<Set<String>> each = set.events().stream().filter(e -> e.cameoCode().root().equals("11"))
                .map(e -> sources(e)).toList();
        assertEquals(2, each.size(), set.events().toString());
        assertTrue(each.stream().anyMatch(s -> s.contains("tomas-arancibia") && !s.contains("ramona-quispe")), each.toString());
        assertTrue(each.stream().anyMatch(s -> s.contains("ramona-quispe") && !s.contains("tomas-arancibia")), each.toString());
        Situation one = onlyOfRoot(TestExtractor.claims("Chile and Peru condemned the blockade of Bolivia."), "11");
        assertTrue(sources(one).containsAll(Set.of("chile", "peru")), one.participants().toString());
    }

    @Test
    void aGroupSaidToIncludeSomeStandsForThose() {
        ClaimSet set = TestExtractor.claims("Tributes were paid to Bolivia by world leaders including Chilean President "
                + "Tomas Arancibia and Peruvian President Ramona Quispe.");
        List<Situation> tributes = set.events().stream().filter(e -> e.cameoCode().root().equals("05")).toList();
        assertEquals(Set.of("tomas-arancibia", "ramona-quispe"), tributes.stream()
                .flatMap(e -> sources(e).stream()).filter(id -> id.contains("-")).collect(java.util.stream.Collectors.toSet()));
        assertTrue(tributes.stream().allMatch(e -> targets(e).contains("bolivia")), tributes.toString());
    }

    @Test
    void anArmedGroupsAttackIsUnconventionalViolenceAStatesIsMilitaryForce() {
        Situation group = onlyOfRoot(TestExtractor.claims("Islamic State attacked a police station in Arica on Monday."), "18");
        assertEquals("180", group.cameoCode().value());
        Situation state = onlyOfRoot(TestExtractor.claims("Chile attacked a Peruvian border post near Tacna."), "19");
        assertEquals(Set.of("chile"), sources(state));
    }

    @Test
    void aNameTheParserJoinedToATimeBeforeItIsTheSubject() {
        Situation s = onlyOfRoot(TestExtractor.claims("Leaders of Andean states met in Lima for a summit where on Sunday "
                + "President Tomas Arancibia of Chile signed the Andean trade agreement."), "05");
        assertTrue(sources(s).contains("tomas-arancibia") || s.participants().stream()
                .anyMatch(p -> p.entity().equals("tomas-arancibia") && p.role() == org.entente.claims.Role.PARTICIPANT), s.participants().toString());
        assertTrue(targets(s).isEmpty(), s.participants().toString());
    }

    @Test
    void whatFallsUnderSomeonesControlUndergoesIt() {
        Situation s = onlyOfRoot(TestExtractor.claims("The Peruvian town of Tacna fell under Chilean control in 1880."), "19");
        assertEquals(Set.of("chile"), sources(s));
        assertEquals(Set.of("peru"), targets(s));
    }

    @Test
    void theSubjectIsTheSourceAndTheObliqueTheTarget() {
        Situation s = onlyOfRoot(TestExtractor.claims("Chile imposed an embargo against Bolivia."), "16");
        assertEquals(Set.of("chile"), sources(s));
        assertEquals(Set.of("bolivia"), targets(s));
    }

    @Test
    void thePassiveTurnsRoundAndTheByAgentIsTheSource() {
        Situation s = onlyOfRoot(TestExtractor.claims("Bolivia was sanctioned by Chile on Monday."), "16");
        assertEquals(Set.of("chile"), sources(s));
        assertEquals(Set.of("bolivia"), targets(s));
    }

    @Test
    void supportOrAidForSomeoneHasThemAsTargetButTalksForHoursDoNot() {
        Situation support = onlyOfRoot(TestExtractor.claims("Tomas Arancibia has voiced support for Peru."), "05");
        assertEquals(Set.of("tomas-arancibia"), sources(support));
        assertEquals(Set.of("peru"), targets(support));
        Situation talks = onlyOfRoot(TestExtractor.claims("Chile held talks for Peru with Bolivia."), "04");
        assertEquals(Set.of(), targets(talks));
    }

    @Test
    void whoIsSaidToBeInAConflictTakesPartInIt() {
        Situation plain = onlyOfRoot(TestExtractor.claims("Chile is in conflict with Peru."), "19");
        assertTrue(entities(plain).containsAll(Set.of("chile", "peru")), plain.participants().toString());
        Situation relative = onlyOfRoot(TestExtractor.claims("Peru, which is in a military conflict with Chile, condemned Bolivia."), "19");
        assertTrue(entities(relative).containsAll(Set.of("chile", "peru")), relative.participants().toString());
        Situation farBack = onlyOfRoot(TestExtractor.claims("Chile delayed around US$40 million in aid that had been promised to Peru, "
                + "which is currently in a military conflict with Bolivia."), "19");
        assertTrue(entities(farBack).containsAll(Set.of("bolivia", "peru")), farBack.participants().toString());
    }

    @Test
    void whoIsSaidToBeACriticOfSomeoneCriticisesThem() {
        Situation s = onlyOfRoot(TestExtractor.claims("Tomas Arancibia is an outspoken critic of Peruvian President Ramona Quispe."), "11");
        assertEquals(Set.of("tomas-arancibia"), sources(s));
        assertTrue(targets(s).contains("ramona-quispe"), s.participants().toString());
    }

    @Test
    void whoActsAtTheRequestOfSomeoneWasAskedByThem() {
        ClaimSet set = TestExtractor.claims("At the request of Peruvian Prime Minister Ramona Quispe, Chilean President Tomas Arancibia "
                + "closed the border.");
        Situation appeal = onlyOfRoot(set, "02");
        assertTrue(sources(appeal).contains("ramona-quispe"), appeal.participants().toString());
        assertTrue(targets(appeal).contains("tomas-arancibia"), appeal.participants().toString());
        assertTrue(set.events().stream().noneMatch(e -> appeal.id().equals(e.partOf())), set.events().toString());
    }

    @Test
    void whoseConductIsPraisedOrCriticisedIsTheTarget() {
        assertEquals(Set.of("peru"), targets(onlyOfRoot(TestExtractor.claims("Chile praised Peru's courage."), "05")));
        assertEquals(Set.of("peru"), targets(onlyOfRoot(TestExtractor.claims("Chile criticised Peru's stance on the border."), "11")));
        assertEquals(Set.of("peru"), targets(onlyOfRoot(TestExtractor.claims("Chile appreciated Peru's help."), "05")));
    }

    @Test
    void whomAnActIsOfOrByIsWhoseConductIsJudged() {
        assertEquals(Set.of("peru"), targets(onlyOfRoot(TestExtractor.claims("Chile condemned the decision of Peru."), "11")));
        assertEquals(Set.of("bolivia"), targets(onlyOfRoot(TestExtractor.claims("Chile criticised the move by Bolivia."), "11")));
    }

    @Test
    void aCallForSomeoneToActIsAnAppealToThem() {
        Situation members = onlyOfRoot(TestExtractor.claims(
                "Chilean President Tomas Arancibia has called for NATO members to increase military spending."), "02");
        assertTrue(sources(members).contains("tomas-arancibia"), members.participants().toString());
        assertEquals(Set.of("nato"), targets(members));
        Situation action = onlyOfRoot(TestExtractor.claims("Chile called for G7 action to end the crisis."), "02");
        assertEquals(Set.of("chile"), sources(action));
        assertEquals(Set.of("g7"), targets(action));
    }

    @Test
    void aCounterpartIsTheStateOrThePersonNamedWithIt() {
        Situation unnamed = onlyOfRoot(TestExtractor.claims("The Peruvian foreign minister met his Chilean counterpart in Santiago."), "04");
        assertTrue(entities(unnamed).containsAll(Set.of("peru", "chile")), unnamed.participants().toString());
        Situation named = onlyOfRoot(TestExtractor.claims(
                "Chilean President Tomas Arancibia held talks with his Peruvian counterpart Ramona Quispe on Monday."), "04");
        assertTrue(entities(named).containsAll(Set.of("tomas-arancibia", "ramona-quispe")), named.participants().toString());
    }

    @Test
    void aStatesPeopleStandForItWhenSomethingIsDoneToThemButNotWhenTheyAct() {
        assertEquals(Set.of("chile"), targets(onlyOfRoot(TestExtractor.claims("Peru released three Chilean fishermen."), "08")));
        assertEquals(Set.of("peru"), targets(onlyOfRoot(TestExtractor.claims("Chile imposed new tariffs on Peruvian goods."), "16")));
        ClaimSet citizens = TestExtractor.claims("Peruvian citizens criticised the Chilean government.");
        assertTrue(citizens.events().stream().noneMatch(e -> sources(e).contains("peru")), citizens.events().toString());
    }

    @Test
    void anActCountedInAnAmountIsCarriedByTheVerbOfTheAmount() {
        Situation aid = onlyOfRoot(TestExtractor.claims("Chile pledged $50 million in aid to Peru."), "07");
        assertEquals(Set.of("chile"), sources(aid));
        assertEquals(Set.of("peru"), targets(aid));
    }

    @Test
    void whomTheObjectNamesBesideItIsTheTarget() {
        assertEquals(Set.of("peru"), targets(onlyOfRoot(TestExtractor.claims("Chile lifted sanctions on Peru on Friday."), "08")));
        assertEquals(Set.of("chile"), targets(onlyOfRoot(TestExtractor.claims("Peru suspended talks with Chile over the border dispute."), "16")));
        Situation restored = onlyOfRoot(TestExtractor.claims("Peru and Chile restored diplomatic relations in 2010."), "05");
        assertEquals("054", restored.cameoCode().value());
        assertTrue(entities(restored).containsAll(Set.of("peru", "chile")), restored.participants().toString());
    }

    @Test
    void aStatesShipsAndAircraftStandForIt() {
        assertEquals(Set.of("chile"), targets(onlyOfRoot(TestExtractor.claims("Peru seized a Chilean fishing boat last month."), "17")));
        Situation violation = onlyOfRoot(TestExtractor.claims("Peruvian jets violated Chilean airspace on Sunday."), "12");
        assertEquals(Set.of("peru"), sources(violation));
        assertEquals(Set.of("chile"), targets(violation));
    }

    @Test
    void whereAProtestIsHeldOutsideIsWhatItIsAgainst() {
        Situation protest = onlyOfRoot(TestExtractor.claims("Thousands of Peruvians protested outside the Chilean embassy in Lima."), "14");
        assertEquals(Set.of("chile"), targets(protest));
    }

    @Test
    void anEventAfterWhichSomethingWasOrderedIsNotCarriedByTheOrder() {
        Situation invasion = onlyOfRoot(TestExtractor.claims(
                "Chilean President Tomas Arancibia ordered three days of mourning after the invasion of Peru."), "19");
        assertTrue(!entities(invasion).contains("tomas-arancibia"), invasion.participants().toString());
    }

    @Test
    void coordinatedSubjectsAreEachASource() {
        Situation s = onlyOfRoot(TestExtractor.claims("Chile and Peru condemned Bolivia."), "11");
        assertEquals(Set.of("chile", "peru"), sources(s));
    }

    @Test
    void aPossessorIsTheSourceOfMostActsAndTheTargetOfAnArrest() {
        ClaimSet set = TestExtractor.claims("Peru condemned Chile's invasion of Bolivia.");
        Situation invasion = onlyOfRoot(set, "19");
        assertEquals(Set.of("chile"), sources(invasion));
        assertEquals(Set.of("bolivia"), targets(invasion));
        Situation arrest = onlyOfRoot(TestExtractor.claims("Peru protested against his arrest by Bolivian police, Chile's president said."), "17");
        assertTrue(sources(arrest).contains("bolivia-police"), arrest.participants().toString());
    }

    @Test
    void bothSidesOfTalksTakePart() {
        Situation s = onlyOfRoot(TestExtractor.claims("Talks between Chile and Peru resumed in Lima on Monday."), "04");
        assertEquals(Set.of("chile", "peru"), TestExtractor.entities(s));
    }

    @Test
    void whoHoldTalksOrTellOfThemAreParticipantsButWhoSeeksThemWithAnotherIsTheirInitiatorAndContactsWithAStateAreHisStates() {
        Situation held = onlyOfRoot(TestExtractor.claims(
                "Chilean President Tomas Arancibia and Peruvian President Ramona Quispe held talks in Lima on Tuesday."), "04");
        assertEquals(Set.of("tomas-arancibia", "ramona-quispe", "chile", "peru"), entities(held));
        assertEquals(Set.of(), sources(held));
        Situation sought = onlyOfRoot(TestExtractor.claims("Chile sought talks with Peru on Tuesday."), "04");
        assertEquals(Set.of("chile"), sources(sought));
        assertTrue(entities(sought).contains("peru"), sought.participants().toString());
        Situation told = TestExtractor.claims("Chilean President Tomas Arancibia briefed Peruvian President Ramona Quispe "
                + "on recent communications with Bolivian officials.").events().stream()
                .filter(e -> e.type() == SituationType.Consultation).findFirst().orElseThrow();
        assertEquals(Set.of("chile", "bolivia"), entities(told));
        assertEquals(Set.of(), sources(told));
        Situation withAPerson = TestExtractor.claims("Chilean President Tomas Arancibia briefed Peruvian President Ramona Quispe "
                + "on recent communications with Bolivian President Evo Condori.").events().stream()
                .filter(e -> e.type() == SituationType.Consultation).findFirst().orElseThrow();
        assertTrue(entities(withAPerson).contains("tomas-arancibia"), withAPerson.participants().toString());
    }

    @Test
    void aParticipleAfterACommaTakesTheSubjectOfItsClause() {
        Situation s = onlyOfRoot(TestExtractor.claims(
                "Peruvian President Ramona Quispe spoke on Monday, calling the Chilean blockade a violation of Peruvian sovereignty."), "11");
        assertTrue(sources(s).contains("ramona-quispe"), s.participants().toString());
    }

    @Test
    void aLeaderActsForItsStateToo() {
        Situation s = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia condemned Bolivia."), "11");
        assertTrue(sources(s).containsAll(Set.of("tomas-arancibia", "chile")), s.participants().toString());
    }

    @Test
    void aPassiveVerbSharingItsSubjectWithAnActiveOneMakesItTheTarget() {
        Situation s = onlyOfRoot(TestExtractor.claims("Tomas Arancibia founded the Andean Union but was arrested by Peru in 1990."), "17");
        assertTrue(targets(s).contains("tomas-arancibia"), s.participants().toString());
        assertTrue(sources(s).contains("peru"), s.participants().toString());
        Situation alone = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia spoke in Lima and was later detained."), "17");
        assertTrue(targets(alone).contains("tomas-arancibia"), alone.participants().toString());
        assertTrue(!sources(alone).contains("tomas-arancibia"), alone.participants().toString());
    }

    @Test
    void anExchangeNamedWithOneSideHasTheClauseSubjectAsTheOther() {
        Situation s = TestExtractor.claims("On Monday, Chilean President Tomas Arancibia briefed Peru's foreign minister on recent "
                + "contacts with Bolivian officials.").situations().stream()
                .filter(x -> x.type() == org.entente.claims.SituationType.Consultation).findFirst().orElseThrow();
        assertTrue(TestExtractor.entities(s).containsAll(Set.of("chile", "bolivia")), s.participants().toString());
    }

    @Test
    void anInfinitiveOfPurposeTakesTheSubjectOfItsClause() {
        Situation s = onlyOfRoot(TestExtractor.claims("Peruvian and Chilean ministers gathered in Lima to commemorate the victims."), "01");
        // those who commemorate together take part alike (AssembleStageTest)
        assertTrue(entities(s).containsAll(Set.of("peru", "chile")), s.participants().toString());
    }

    @Test
    void talksWithNoSideOfTheirOwnAreThoseOfTheActorsWhoseWorkTheyAre() {
        Situation talks = onlyOfRoot(TestExtractor.claims("Chile and Peru kept in step all year, making their cooperation "
                + "a decisive factor in the coming negotiations."), "04");
        assertEquals(Set.of("chile", "peru"), TestExtractor.entities(talks));
        ClaimSet one = TestExtractor.claims("Chile kept in step all year, making its cooperation a decisive factor in the coming negotiations.");
        assertTrue(one.events().stream().noneMatch(x -> x.cameoCode().root().equals("04")),
                "talks with one side only are not kept: " + one.events());
    }

    @Test
    void aCallThatFramesAClauseIsBetweenItsSubjectAndItsObject() {
        ClaimSet set = TestExtractor.claims("In a phone call on Tuesday, Chilean President Tomas Arancibia urged "
                + "Peruvian Foreign Minister Ramona Quispe to reopen the border.");
        Situation call = set.events().stream().filter(x -> x.cameoCode().value().equals("041")).findFirst()
                .orElseThrow(() -> new AssertionError("no phone call in " + set.events()));
        assertTrue(TestExtractor.entities(call).containsAll(Set.of("tomas-arancibia", "ramona-quispe")),
                call.participants().toString());
    }

    @Test
    void whoseKillingOfSomeoneElseItIsDidTheKilling() {
        Situation of = onlyOfRoot(TestExtractor.claims("Peru condemned Chile's killing of Bolivian President Tomas Arancibia."), "18");
        assertEquals(Set.of("chile"), sources(of));
        assertTrue(targets(of).contains("tomas-arancibia"), of.participants().toString());
    }

    @Test
    void whoseOfferWasDeclinedIsTheTargetOfTheRefusal() {
        Situation refusal = onlyOfRoot(TestExtractor.claims("Peru declined Chilean President Tomas Arancibia's offer to resign."), "12");
        assertEquals(Set.of("peru"), sources(refusal));
        assertTrue(targets(refusal).contains("tomas-arancibia"), refusal.participants().toString());
    }

    @Test
    void aGerundAfterTheObjectIsDoneByTheObjectAndAfterAPassiveByItsSubject() {
        Situation shelling = onlyOfRoot(TestExtractor.claims("Chile accused Peru of shelling the border post at Tacna."), "19");
        assertEquals(Set.of("peru"), sources(shelling));
        Situation closing = onlyOfRoot(TestExtractor.claims("Bolivia was accused of expelling two Chilean diplomats."), "16");
        assertEquals(Set.of("bolivia"), sources(closing));
        Situation visit = onlyOfRoot(TestExtractor.claims("Tomas Arancibia angered Peru by visiting Bolivia."), "04");
        assertEquals(Set.of("tomas-arancibia"), sources(visit));
    }

    @Test
    void whomSomethingIsDemandedFromIsTheTarget() {
        Situation demand = onlyOfRoot(TestExtractor.claims("Peru demanded an apology from Chile."), "10");
        assertEquals(Set.of("chile"), targets(demand));
    }

    @Test
    void criticismDrawnFromOthersIsTheirsAndAimedAtWhoDrewIt() {
        Situation drawn = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia drew condemnation from Peru and Bolivia."), "11");
        assertEquals(Set.of("peru", "bolivia"), sources(drawn));
        assertTrue(targets(drawn).contains("tomas-arancibia"), drawn.participants().toString());
    }

    @Test
    void whoCriticismOrAidComesFromIsItsSourceButNotWhereAWithdrawalIsFrom() {
        Situation faced = onlyOfRoot(TestExtractor.claims(
                "Chilean President Tomas Arancibia faced criticism from Peru over the blockade."), "11");
        assertEquals(Set.of("peru"), sources(faced));
        assertTrue(targets(faced).contains("tomas-arancibia"), faced.participants().toString());
        Situation aid = onlyOfRoot(TestExtractor.claims("Bolivia received an offer of aid from Chile on Monday."), "03");
        assertTrue(sources(aid).contains("chile"), aid.participants().toString());
        Situation withdrawal = onlyOfRoot(TestExtractor.claims("Peru announced the withdrawal of its troops from Chile on Monday."), "08");
        assertTrue(!sources(withdrawal).contains("chile"), withdrawal.participants().toString());
    }

    @Test
    void aNameJoinedToTheLastWordOfALongerNameStandsBesideTheWholeName() {
        Situation criticism = onlyOfRoot(TestExtractor.claims(
                "The blockade was criticised by the Organization of American States and Ecuador."), "11");
        assertEquals(Set.of("organization-of-american-states", "ecuador"), sources(criticism));
        Situation pair = onlyOfRoot(TestExtractor.claims("Trinidad and Tobago condemned the blockade."), "11");
        assertEquals(Set.of("trinidad-and-tobago"), sources(pair));
    }

    @Test
    void militantsFromABodyActAsItAndAidAnnouncedIsTheAnnouncersAid() {
        Situation kidnap = onlyOfRoot(TestExtractor.claims(
                "Militants from the Andean Liberation Front kidnapped four Bolivian engineers near Puno."), "18");
        assertEquals(Set.of("andean-liberation-front"), sources(kidnap));
        Situation aid = onlyOfRoot(TestExtractor.claims("Chile announced 20 million dollars in humanitarian aid for Peru on Monday."), "07");
        assertEquals(Set.of("chile"), sources(aid));
    }

    @Test
    void theByPhraseOfAParticipleAfterItsNounIsTheDoer() {
        // not Bolivia, the subject of the clause the participle's noun hangs from
        ClaimSet set = TestExtractor.claims("Bolivian troops shelled Tacna, breaking a ceasefire brokered by Chile in October.");
        Situation brokered = set.events().stream().filter(e -> e.type() == SituationType.Mediation).findFirst().orElseThrow();
        assertEquals(Set.of("chile"), sources(brokered), set.events().toString());
    }

    @Test
    void anInfinitiveReadAsAComplementClauseStillTakesTheSubjectAbove() {
        // the parser reads "to meet" after "due" as a complement clause of its own
        ClaimSet set = TestExtractor.claims("Bolivian President Evo Mamani criticised Chile on Sunday. He is due to meet Ramona Quispe on Monday.");
        Situation meeting = onlyOfRoot(set, "04");
        assertTrue(meeting.participants().stream().anyMatch(p -> p.entity().equals("evo-mamani")), set.events().toString());
    }

    @Test
    void forcesDeployedOrWithdrawnInThePassiveAreTheirStatesDoing() {
        Situation deployed = onlyOfRoot(TestExtractor.claims("Chilean troops were deployed to the border with Peru on Tuesday."), "15");
        assertEquals(Set.of("chile"), sources(deployed).stream().map(id -> id.startsWith("chile") ? "chile" : id)
                .collect(java.util.stream.Collectors.toSet()), deployed.toString());
        assertTrue(targets(deployed).stream().noneMatch(id -> id.startsWith("chile")), deployed.toString());
        Situation withdrawn = onlyOfRoot(TestExtractor.claims("Bolivian troops were withdrawn from the border with Peru on Tuesday."), "08");
        assertTrue(sources(withdrawn).stream().allMatch(id -> id.startsWith("bolivia")) && !sources(withdrawn).isEmpty(), withdrawn.toString());
        // forces someone else disarms are no doers of their own disarming
        ClaimSet disarmed = TestExtractor.claims("Bolivian rebel forces were disarmed by the Peruvian army on Tuesday.");
        assertTrue(disarmed.events().stream().noneMatch(e -> sources(e).stream().anyMatch(id -> id.startsWith("bolivia"))),
                disarmed.events().toString());
    }

    @Test
    void whatBothSidesDoToEachOtherIsOneActByEachAimedAtTheOther() {
        ClaimSet set = TestExtractor.claims("Chile and Peru exchanged 40 prisoners on Monday. Both sides accused each other of delaying the exchange.");
        List<Situation> accusations = set.events().stream().filter(e -> e.cameoCode() != null && e.cameoCode().value().equals("112")).toList();
        assertEquals(2, accusations.size(), set.events().toString());
        assertTrue(accusations.stream().anyMatch(a -> sources(a).equals(Set.of("chile")) && targets(a).equals(Set.of("peru"))), accusations.toString());
        assertTrue(accusations.stream().anyMatch(a -> sources(a).equals(Set.of("peru")) && targets(a).equals(Set.of("chile"))), accusations.toString());
    }

    @Test
    void aThreatIsAimedAtWhomItsConditionIsPutTo() {
        Situation threat = onlyOfRoot(TestExtractor.claims(
                "Bolivian President Evo Mamani threatened to close the border if Peru did not withdraw its troops."), "13");
        assertTrue(targets(threat).contains("peru"), threat.toString());
        Situation unless = onlyOfRoot(TestExtractor.claims("Chile threatened to expel the envoy unless Bolivia apologised."), "13");
        assertTrue(targets(unless).contains("bolivia"), unless.toString());
    }

    @Test
    void thoseCalledOnToActAreWhomTheAppealIsMadeTo() {
        Situation appeal = onlyOfRoot(TestExtractor.claims(
                "Peru and Chile signed an accord on Monday. Bolivia called on both countries to respect the accord."), "02");
        assertEquals(Set.of("bolivia"), sources(appeal));
        assertEquals(Set.of("peru", "chile"), targets(appeal));
    }

    @Test
    void anOfficialArrivingInAPlaceVisitsItsStateAndTroopsArrivingDoNot() {
        Situation visit = onlyOfRoot(TestExtractor.claims(
                "Chilean President Tomas Arancibia arrived in Lima on Tuesday for a two-day state visit."), "04");
        assertEquals(SituationType.Visit, visit.type());
        assertTrue(sources(visit).contains("tomas-arancibia"), visit.participants().toString());
        assertEquals(Set.of("peru"), targets(visit));
        ClaimSet troops = TestExtractor.claims("Relief supplies arrived in Lima on Tuesday.");
        assertTrue(troops.events().isEmpty(), troops.events().toString());
    }

    @Test
    void aCapitalModifyingAnActSaysWhereNotWhoButAStateModifyingItSaysWho() {
        ClaimSet where = TestExtractor.claims("A Lima car bombing killed five Chilean soldiers on Monday.");
        assertTrue(where.events().stream().noneMatch(e -> sources(e).contains("peru")), where.events().toString());
        Situation who = onlyOfRoot(TestExtractor.claims("The Peruvian bombardment of Arica killed five Chilean soldiers on Monday."), "19");
        assertTrue(sources(who).contains("peru"), who.participants().toString());
    }

    private static Role roleOf(Situation s, String entity) {
        return s.participants().stream().filter(p -> p.entity().equals(entity)).map(p -> p.role()).findFirst().orElse(null);
    }
}
