package org.entente.extract.factuality;

import static org.entente.extract.TestExtractor.claimsAbout;
import static org.entente.extract.TestExtractor.onlyOfRoot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.claims.Situation;
import org.entente.extract.TestExtractor;
import org.junit.jupiter.api.Test;

/** How firmly, on whose word, and when: reports, sources, negation, hedges, futures, and dates. */
class FactualityStageTest {

    private static Claim claim(ClaimSet set, String root) {
        return claimsAbout(set, onlyOfRoot(set, root)).get(0);
    }

    @Test
    void aSaidEventIsReportedOnTheSpeakersWord() {
        ClaimSet set = TestExtractor.claims("Peru said Chilean forces had attacked a border post.");
        Claim c = claim(set, "19");
        assertEquals(Factuality.REPORTED, c.factuality());
        assertEquals("peru", c.source());
    }

    @Test
    void aRequestSomeoneAnswersWasMadeWhateverIsSaidOfTheAnswer() {
        ClaimSet set = TestExtractor.claims("Bolivian President Evo Mamani announced he will comply with the request of "
                + "Chilean President Tomas Arancibia to reopen the border.");
        Situation request = onlyOfRoot(set, "02");
        Claim c = claimsAbout(set, request).get(0);
        assertEquals(Factuality.ASSERTED, c.factuality(), c.toString());
        assertNull(c.source(), c.toString());
        assertEquals(EventStatus.OCCURRED, request.status(), request.toString());
        ClaimSet any = TestExtractor.claims("Peru said it would reject any request by Chile to reopen the border.");
        Situation maybe = onlyOfRoot(any, "02");
        assertEquals(EventStatus.PLANNED, maybe.status(), maybe.toString());
    }

    @Test
    void aRequestAnActIsDoneAtIsNotDatedByTheAct() {
        ClaimSet set = TestExtractor.claims("At the request of Chile, Bolivia closed the border on Monday.");
        assertNull(onlyOfRoot(set, "02").date(), set.situations().toString());
        assertEquals("2025-03-03", onlyOfRoot(set, "19").date().value(), set.situations().toString());
    }

    @Test
    void whatAStatementHighlightsIsReportedOnItsAuthorsWordButWhatAMeetingHighlightsIsNot() {
        ClaimSet set = TestExtractor.claims(
                "Peru's statement highlighted Chile's attack on a border post, illustrating Bolivia's role as a mediator in the dispute.");
        Claim stated = claim(set, "19");
        assertEquals(Factuality.REPORTED, stated.factuality());
        assertEquals("peru", stated.source());
        Claim gloss = claim(set, "04");
        assertEquals(Factuality.ASSERTED, gloss.factuality(), "the writer's own gloss on what was highlighted");
        Claim shown = claim(TestExtractor.claims("Peru's meeting with Bolivia highlighted Chile's attack on a border post."), "19");
        assertEquals(Factuality.ASSERTED, shown.factuality());
        assertEquals(null, shown.source());
    }

    @Test
    void anAttackSomeoneSuspectsWasCarriedOutIsHedged() {
        Claim suspected = claim(TestExtractor.claims("Peru suspects the Andean Liberation Front carried out the bombing of a bridge near Tacna."), "18");
        assertEquals(Factuality.HEDGED, suspected.factuality());
        Claim said = claim(TestExtractor.claims("Peru said the Andean Liberation Front carried out the bombing of a bridge near Tacna."), "18");
        assertEquals(Factuality.REPORTED, said.factuality());
    }

    @Test
    void aNounSaidToBeOnADayTakesThatDayEvenWhenTheParserReadsTheRestAsItsModifier() {
        assertEquals("2025-03-01", TestExtractor.events("A car bomb was on Saturday rammed into a police station in Cusco.").stream()
                .filter(e -> e.code().root().equals("18")).findFirst().orElseThrow().date().value());
    }

    @Test
    void accordingToGivesTheSource() {
        ClaimSet set = TestExtractor.claims("Chile arrested two Peruvian diplomats, according to Reuters.");
        Claim c = claim(set, "17");
        assertEquals(Factuality.REPORTED, c.factuality());
        assertEquals("reuters", c.source());
    }

    @Test
    void aSpeechActIsTheSpeakersOwnAndAsserted() {
        ClaimSet set = TestExtractor.claims("Chile's foreign ministry said it condemned the Peruvian raid.");
        Claim c = claim(set, "11");
        assertEquals(Factuality.ASSERTED, c.factuality());
        assertNull(c.source());
    }

    @Test
    void anActItsActorAnnouncesIsAssertedButOneSaidOfAnotherIsReported() {
        Claim announced = claim(TestExtractor.claims("Chile announced sanctions on Bolivia."), "16");
        assertEquals(Factuality.ASSERTED, announced.factuality());
        assertNull(announced.source());
        Claim said = claim(TestExtractor.claims("Chile announced that Peru had imposed sanctions on Bolivia."), "16");
        assertEquals(Factuality.REPORTED, said.factuality());
        assertEquals("chile", said.source());
        ClaimSet toCome = TestExtractor.claims("Peruvian President Ramona Quispe announced she will comply with the request of Chile "
                + "to expel the Bolivian ambassador.");
        Claim expel = claim(toCome, "16");
        assertEquals(Factuality.ASSERTED, expel.factuality());
        assertNull(expel.source());
        assertEquals(EventStatus.PLANNED, onlyOfRoot(toCome, "16").status());
    }

    @Test
    void condolencesOfferedAreGivenButMediationOfferedIsOnlyPlanned() {
        assertEquals(EventStatus.OCCURRED, onlyOfRoot(TestExtractor.claims(
                "Chile offered its condolences to Peru on Monday."), "01").status());
        assertEquals(EventStatus.PLANNED, onlyOfRoot(TestExtractor.claims(
                "Chile offered its mediation to Peru and Bolivia on Monday."), "04").status());
    }

    @Test
    void whatAPlanOrAnOfferIsToDoIsOnlyPlanned() {
        assertEquals(EventStatus.PLANNED, onlyOfRoot(TestExtractor.claims(
                "Peru welcomed the Bolivian plan to impose sanctions on Chile."), "16").status());
        assertEquals(EventStatus.PLANNED, onlyOfRoot(TestExtractor.claims(
                "Chile condemned Peru's attempt to impose sanctions on Bolivia."), "16").status());
        assertEquals(EventStatus.OCCURRED, onlyOfRoot(TestExtractor.claims(
                "Peru carried out its plan to impose sanctions on Bolivia."), "16").status(), "a plan carried out is done");
        Claim expulsion = claim(TestExtractor.claims("Peru rejected Bolivia's decision to expel the Chilean ambassador."), "16");
        assertEquals(Factuality.ASSERTED, expulsion.factuality(), "rejecting a decision does not undo it");
    }

    @Test
    void whatIsDueOrDatedAfterTheArticleIsPlannedButWhatCausedACancellationHappened() {
        assertEquals(EventStatus.PLANNED, onlyOfRoot(TestExtractor.claims(
                "Chilean President Tomas Arancibia is due to visit Lima."), "04").status());
        Situation nextMonth = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia visits Lima next month."), "04");
        assertEquals("2025-04", nextMonth.date().value());
        assertEquals(EventStatus.PLANNED, nextMonth.status());
        Situation lastMonth = onlyOfRoot(TestExtractor.claims("Chilean President Tomas Arancibia visited Lima last month."), "04");
        assertEquals(EventStatus.OCCURRED, lastMonth.status());
        assertEquals(EventStatus.PLANNED, onlyOfRoot(TestExtractor.claims("Chile must withdraw its troops from Arica."), "08").status());
        ClaimSet cause = TestExtractor.claims("Chile cancelled the talks due to the Peruvian blockade of Arica.");
        assertEquals(EventStatus.OCCURRED, onlyOfRoot(cause, "16").status());
    }

    @Test
    void aTimeThatOnlyBoundsAnActIsNotItsDate() {
        Situation appeal = onlyOfRoot(TestExtractor.claims("On Monday Chile urged Peru to reopen the border before March 20."), "02");
        assertEquals("2025-03-03", appeal.date().value());
        Situation deadline = onlyOfRoot(TestExtractor.claims("Chile must withdraw its troops from Arica by March 20."), "08");
        assertNull(deadline.date(), String.valueOf(deadline.date()));
        Situation before = onlyOfRoot(TestExtractor.claims("Chile withdrew its troops from Arica before March 1."), "08");
        assertNull(before.date(), String.valueOf(before.date()));
    }

    @Test
    void negationHedgesAndFuturesChangeTheClaim() {
        assertEquals(Factuality.NEGATED, claim(TestExtractor.claims("Chile has not invaded Peru."), "19").factuality());
        assertEquals(Factuality.HEDGED, claim(TestExtractor.claims("Chile allegedly attacked a Peruvian ship."), "19").factuality());
        ClaimSet future = TestExtractor.claims("Chile will impose sanctions on Peru.");
        assertEquals(EventStatus.PLANNED, onlyOfRoot(future, "16").status());
        assertEquals(Factuality.PREDICTED, claim(TestExtractor.claims("Chile is expected to impose sanctions on Peru."), "16").factuality());
    }

    @Test
    void aNegationSetOffByACommaDeniesOnlyThePhraseItOpens() {
        Claim criticised = claim(TestExtractor.claims("Although the term \"embargo\" only describes how widely a ban applies, "
                + "not how strict specific rules are, Bolivia criticised Peru."), "11");
        assertEquals(Factuality.ASSERTED, criticised.factuality());
    }

    @Test
    void notAttendingAndFailingToReachNegate() {
        assertEquals(Factuality.NEGATED, claim(TestExtractor.claims("Chile did not attend the summit in Lima."), "04").factuality());
        assertEquals(Factuality.NEGATED, claim(TestExtractor.claims("Peru failed to reach an agreement with Chile."), "05").factuality());
        assertEquals(Factuality.ASSERTED, claim(TestExtractor.claims("Chile attended the summit in Lima."), "04").factuality());
    }

    @Test
    void aConditionStatesNoEventANegatedSubjectNegatesAndCanHedges() {
        ClaimSet conditional = TestExtractor.claims("If Chile attacked Peru, Bolivia would condemn the attack.");
        assertTrue(conditional.events().stream().noneMatch(e -> TestExtractor.sources(e).contains("chile")), conditional.events().toString());
        assertEquals(Factuality.NEGATED, claim(TestExtractor.claims("No Chilean diplomat has been expelled by Peru."), "16").factuality());
        assertEquals(Factuality.HEDGED, claim(TestExtractor.claims("Peru can expel Chilean diplomats."), "16").factuality());
    }

    @Test
    void whatMayBeDoneIsNotYetDoneButWhatMayHaveBeenDoneIs() {
        assertEquals(EventStatus.PLANNED, onlyOfRoot(TestExtractor.claims("Peru may impose sanctions on Chile."), "16").status());
        assertEquals(EventStatus.OCCURRED, onlyOfRoot(TestExtractor.claims("Peru may have imposed sanctions on Chile."), "16").status());
    }

    @Test
    void aRejectedOfferGivesNoSummitThatHappened() {
        ClaimSet set = TestExtractor.claims("Peru rejected a Chilean offer to host a summit.");
        assertTrue(set.events().stream().noneMatch(e -> e.cameoCode().root().equals("04") && e.status() == EventStatus.OCCURRED),
                set.events().toString());
        Situation rejection = onlyOfRoot(set, "12");
        assertTrue(TestExtractor.sources(rejection).contains("peru"));
    }

    @Test
    void theDateIsTheTimeExpressionOfTheEventsOwnClause() {
        ClaimSet set = TestExtractor.claims("Peru said on Monday that Chile had attacked the border post in January.");
        assertEquals("2025-01", onlyOfRoot(set, "19").date().value());
    }

    @Test
    void aTimeSetBeforeJoinedVerbsDatesThemAllButOneAfterTheFirstDoesNot() {
        ClaimSet before = TestExtractor.claims(
                "In 2009, the Chilean government labeled Tomas Arancibia as a smuggler and levied sanctions against him.");
        assertEquals("2009", onlyOfRoot(before, "16").date().value());
        ClaimSet after = TestExtractor.claims(
                "The Chilean government labeled Tomas Arancibia as a smuggler in 2009 and later levied sanctions against him.");
        assertNull(onlyOfRoot(after, "16").date(), onlyOfRoot(after, "16").toString());
    }

    @Test
    void aClauseSaidOfATimeHappenedThen() {
        ClaimSet set = TestExtractor.claims("The standoff began on February 20, when Peru expelled two Chilean diplomats.");
        assertEquals("2025-02-20", onlyOfRoot(set, "16").date().value());
        ClaimSet person = TestExtractor.claims("Peru expelled Tomas Arancibia, who arrived on February 20.");
        assertNull(onlyOfRoot(person, "17").date(), onlyOfRoot(person, "17").toString());
    }

    @Test
    void theTimeOfANounsOwnVerbDatesIt() {
        ClaimSet set = TestExtractor.claims("The last time the Chilean government closed the newspaper was during "
                + "the martial law imposed by former Chilean President Tomas Arancibia back in 1972.");
        assertEquals("1972", onlyOfRoot(set, "17").date().value());
    }

    @Test
    void aDateSetBeforeTheNounDatesIt() {
        ClaimSet set = TestExtractor.claims("Peru condemned the February 27 attack by Chile on a border post.");
        assertEquals("2025-02-27", onlyOfRoot(set, "19").date().value());
    }

    @Test
    void theTimeOfTheStatementOrOfTheSpeakingAnActWasMadeInDatesIt() {
        assertEquals("2025-03-03", onlyOfRoot(TestExtractor.claims("In a statement on Monday, Bolivia condemned Chile."), "11")
                .date().value());
        assertEquals("2025-03-03", onlyOfRoot(TestExtractor.claims("Peru's foreign ministry, in a statement issued Monday, criticised Chile."),
                "11").date().value());
        assertEquals("2025-03-03", onlyOfRoot(TestExtractor.claims(
                "Speaking on Monday, Peruvian President Tomas Arancibia urged Chile to negotiate."), "02").date().value());
        assertEquals("2025-03-03", onlyOfRoot(TestExtractor.claims(
                "Peruvian Foreign Minister Ramona Quispe, speaking to reporters on Monday, condemned Chile."), "11").date().value());
    }

    @Test
    void aDayTheParserHungOnTheSubjectOrOnAParticipleDatesTheAct() {
        assertEquals("2025-03-03", onlyOfRoot(TestExtractor.claims(
                "The United Nations General Assembly on Monday passed a resolution condemning Chile."), "11").date().value());
        assertEquals("2025-03-03", onlyOfRoot(TestExtractor.claims(
                "Peruvian police arrested two Chilean nationals suspected of sabotage in Callao on Monday."), "17").date().value());
        // a report cited is not made when it is cited
        ClaimSet cited = TestExtractor.claims("On Monday, Chile cited a 2019 report accusing Peru of spying.");
        assertTrue(cited.events().stream().noneMatch(e -> e.date() != null && e.date().value().equals("2025-03-03")
                && e.cameoCode() != null && e.cameoCode().value().startsWith("11")), cited.events().toString());
        // a time the participle takes before its other words is its own
        assertEquals("2025-02-25", onlyOfRoot(TestExtractor.claims(
                "Chile expelled a Peruvian diplomat accused in 2019 of spying on Tuesday."), "16").date().value());
    }

    @Test
    void theTimeOfTheStatementAnActIsToldByDatesIt() {
        assertEquals("2025-03-03", onlyOfRoot(TestExtractor.claims("According to a statement on Monday, Peru accused Chile of spying."), "11")
                .date().value());
    }

    @Test
    void whatAParticipleCitesIsNotDatedByTheActItExplains() {
        ClaimSet set = TestExtractor.claims(
                "Chile on Monday extended sanctions against Bolivia for another six months, citing the Bolivian crackdown on protesters.");
        assertEquals("2025-03-03", onlyOfRoot(set, "16").date().value());
        assertNull(onlyOfRoot(set, "17").date(), set.events().toString());
    }

    @Test
    void aDayTheParserHungOnThePlaceOfTheActDatesIt() {
        assertEquals("2025-02-27", onlyOfRoot(TestExtractor.claims(
                "Thousands of people protested outside the Chilean embassy in Lima on Thursday."), "14").date().value());
    }

    @Test
    void theYearOfTheOccasionAnActTookPlaceAtDatesIt() {
        ClaimSet set = TestExtractor.claims("Chileans voted in a 2016 referendum to leave the Andean Community.");
        assertEquals("2016", onlyOfRoot(set, "16").date().value());
    }

    @Test
    void aTimeOfDayGivesTheDateOfItsDay() {
        ClaimSet set = TestExtractor.claims("Chile attacked a Peruvian border post on Friday morning.");
        assertEquals("2025-02-28", onlyOfRoot(set, "19").date().value());
        assertEquals("Friday morning", onlyOfRoot(set, "19").date().text());
    }

    @Test
    void aDurationGivesNoDate() {
        ClaimSet set = TestExtractor.claims("Chile shelled a Peruvian border post for three days.");
        assertNull(onlyOfRoot(set, "19").date());
    }

    @Test
    void asReportedByGivesTheSourceOfTheMainClauseOnly() {
        ClaimSet set = TestExtractor.claims("Chilean President Tomas Arancibia condemned Bolivia's plan to attack "
                + "a Peruvian port, as reported by the BBC.");
        Claim condemnation = claim(set, "11");
        assertEquals(Factuality.REPORTED, condemnation.factuality());
        assertEquals("bbc", condemnation.source());
    }

    @Test
    void theModalOfTheMainClauseIsNotThatOfAnAdverbialClause() {
        ClaimSet set = TestExtractor.claims("As the war between Chile and Peru persists, Bolivia will likely "
                + "impose sanctions on Chile.");
        assertEquals(Factuality.PREDICTED, claim(set, "16").factuality());
        assertEquals(Factuality.ASSERTED, claim(set, "19").factuality());
    }

    @Test
    void anActCalledOngoingOrSaidOfSomeoneInThePresentIsOngoing() {
        assertEquals(EventStatus.ONGOING, onlyOfRoot(TestExtractor.claims("Peru condemned Chile's ongoing blockade of Bolivia."), "16").status());
        assertEquals(EventStatus.OCCURRED, onlyOfRoot(TestExtractor.claims("Peru condemned Chile's blockade of Bolivia."), "16").status());
        assertEquals(EventStatus.ONGOING, onlyOfRoot(TestExtractor.claims(
                "Tomas Arancibia is a fierce critic of Peruvian President Ramona Quispe."), "11").status());
        assertEquals(EventStatus.OCCURRED, onlyOfRoot(TestExtractor.claims("Tomas Arancibia was a critic of Bolivia."), "11").status());
    }

    @Test
    void whatOthersCannotTellTheSpeakerAndANameGivenToAPlaceAreNoStatementsOfTheSpeaker() {
        ClaimSet quoted = TestExtractor.claims(
                "Chilean President Tomas Arancibia said on Wednesday, \"Those who remain silent when Lima is attacked cannot tell us what to do.\"");
        assertTrue(quoted.events().stream().noneMatch(e -> e.cameoCode().root().equals("01")), quoted.events().toString());
        ClaimSet named = TestExtractor.claims("The Chilean embassy in Lima will no longer be called a consulate, Peru said.");
        assertTrue(named.events().stream().noneMatch(e -> e.cameoCode().root().equals("01") && e.status() == EventStatus.PLANNED),
                named.events().toString());
    }

    @Test
    void aRelativeClauseOnWhatWasSaidIsTheStorysOwnWord() {
        ClaimSet set = TestExtractor.claims("Peru said it had lifted the tariffs on Chilean copper, which Chile condemned in May.");
        Claim lifted = claimsAbout(set, onlyOfRoot(set, "08")).get(0);
        assertEquals(Factuality.REPORTED, lifted.factuality());
        assertEquals("peru", lifted.source());
        Claim condemned = claimsAbout(set, onlyOfRoot(set, "11")).get(0);
        assertEquals(Factuality.ASSERTED, condemned.factuality());
        assertNull(condemned.source());
    }

    @Test
    void whatIsCitedIsOnTheWordOfWhoCitesIt() {
        ClaimSet set = TestExtractor.claims("In a letter, Tomas Arancibia cited Peru's ongoing blockade of Bolivia as his reason.");
        Claim blockade = claimsAbout(set, onlyOfRoot(set, "16")).get(0);
        assertEquals(Factuality.REPORTED, blockade.factuality());
        assertEquals("tomas-arancibia", blockade.source());
    }

    @Test
    void aReportingVerbThatIsOnlyDueOrDeniedReportsNothing() {
        ClaimSet set = TestExtractor.claims("Chilean President Tomas Arancibia said the treaty had to be short and, "
                + "to avoid disputes, it must not cite any specific country.");
        Claim statement = claimsAbout(set, onlyOfRoot(set, "01")).get(0);
        assertEquals(Factuality.ASSERTED, statement.factuality());
    }

    @Test
    void futureTalksArePredictedAndUpcomingOnesPlanned() {
        ClaimSet future = TestExtractor.claims("Chile named an envoy for future talks with Peru.");
        assertEquals(Factuality.PREDICTED, claim(future, "04").factuality());
        assertEquals(EventStatus.PLANNED, onlyOfRoot(future, "04").status());
        ClaimSet upcoming = TestExtractor.claims("Chile named an envoy for the upcoming talks with Peru.");
        assertEquals(Factuality.ASSERTED, claim(upcoming, "04").factuality());
        assertEquals(EventStatus.PLANNED, onlyOfRoot(upcoming, "04").status());
    }

    @Test
    void whatIsRefusedOrThreatenedIsOnlyTheContentOfTheRefusalOrThreat() {
        ClaimSet refused = TestExtractor.claims("Chile refused to attend talks with Peru in Lima.");
        assertEquals("125", onlyOfRoot(refused, "12").cameoCode().value());
        assertTrue(refused.events().stream().noneMatch(e -> e.cameoCode().root().equals("04")), refused.events().toString());
        ClaimSet threatened = TestExtractor.claims("Peru threatened to impose sanctions on Chile.");
        assertEquals("131", onlyOfRoot(threatened, "13").cameoCode().value());
        assertTrue(threatened.events().stream().noneMatch(e -> e.cameoCode().root().equals("16")), threatened.events().toString());
    }

    @Test
    void whatAProvisionAllowsIsOnlyItsContentButWhatAStateAllowedHappened() {
        ClaimSet bill = TestExtractor.claims("Peru proposed a bill that would allow Chile to arrest Bolivian fishermen.");
        assertTrue(bill.events().stream().noneMatch(e -> e.cameoCode().root().equals("17")), bill.events().toString());
        ClaimSet law = TestExtractor.claims("The new law permits the Bolivian police to arrest protesters without a warrant.");
        assertTrue(law.events().stream().noneMatch(e -> e.cameoCode().root().equals("17")), law.events().toString());
        ClaimSet done = TestExtractor.claims("The Bolivian police arrested Peruvian fishermen on Monday.");
        assertEquals(EventStatus.OCCURRED, onlyOfRoot(done, "17").status());
    }

    @Test
    void whatSomeoneIsAllowedToDoIsAPermissionNotAnEvent() {
        ClaimSet allowed = TestExtractor.claims("Under the treaty, the Chilean navy is allowed to detain Peruvian fishermen.");
        assertTrue(allowed.events().stream().noneMatch(e -> e.cameoCode().root().equals("17")), allowed.events().toString());
        ClaimSet authorised = TestExtractor.claims("Chilean President Tomas Arancibia was authorised to expel the Peruvian ambassador.");
        assertTrue(authorised.events().stream().noneMatch(e -> e.cameoCode().root().matches("16|17")), authorised.events().toString());
        ClaimSet allowedBy = TestExtractor.claims("Chile allowed Peru to detain Bolivian fishermen on Monday.");
        assertEquals(EventStatus.OCCURRED, onlyOfRoot(allowedBy, "17").status(), "a state that lets another act is no permission in law");
    }

    @Test
    void anActOneIsAccusedOfIsReportedOnTheAccusersWord() {
        Claim charged = claim(TestExtractor.claims("Chile accused Peru of shelling the border post at Tacna."), "19");
        assertEquals(Factuality.REPORTED, charged.factuality());
        assertEquals("chile", charged.source());
        Claim thanked = claim(TestExtractor.claims("Chile thanked Peru for hosting the talks in Lima."), "04");
        assertEquals(Factuality.ASSERTED, thanked.factuality());
    }

    @Test
    void theOneHisCriticsAreAgainstIsNotTheirSpeaker() {
        Claim critics = claim(TestExtractor.claims("Tomas Arancibia's critics said Chilean troops had shelled a Peruvian border post."), "19");
        assertEquals(Factuality.REPORTED, critics.factuality());
        assertEquals(null, critics.source());
        Claim envoy = claim(TestExtractor.claims("Tomas Arancibia's envoy said Chilean troops had shelled a Peruvian border post."), "19");
        assertEquals("tomas-arancibia", envoy.source());
    }
}
