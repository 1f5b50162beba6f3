package org.entente.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.claims.ClaimSet;
import org.entente.claims.Situation;
import org.entente.extract.TestExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Triggers and their CAMEO codes, one sentence per category, and the words that make one sense of a word. */
class EventStageTest {

    private static List<String> codes(String text) {
        return TestExtractor.events(text).stream().map(e -> e.code().value()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Chile announced that the border will reopen next week.|010",
        "Peru urged Chile to release the fishermen.|02",
        "Bolivia offered to mediate between Chile and Peru.|03",
        "The Chilean president met his Peruvian counterpart in Lima.|04",
        "Peru praised Chile for its restraint.|05",
        "Chile and Peru agreed to cooperate on border security.|03",
        "Chile sent humanitarian aid to Peru.|07",
        "Peru released three Chilean fishermen on Monday.|08",
        "Peru launched an investigation into the shooting of a Chilean diplomat.|09",
        "Chile demanded the release of its fishermen.|10",
        "Peru condemned Chile for the raid.|11",
        "Bolivia rejected the Chilean proposal.|12",
        "Chile threatened to impose sanctions on Peru.|13",
        "Thousands of students demonstrated against the Peruvian government in Lima.|14",
        "Chile mobilised troops along the border with Peru.|15",
        "Peru imposed sanctions on Chile.|16",
        "Chilean police arrested two Peruvian diplomats.|17",
        "Gunmen assassinated the Peruvian ambassador to Chile.|18",
        "Chilean forces attacked a Peruvian military base.|19",
        "Peruvian forces committed a massacre of Chilean villagers.|20"})
    void coversEveryCameoRoot(String sentence, String root) {
        List<String> found = codes(sentence);
        assertTrue(found.stream().anyMatch(c -> c.startsWith(root)), sentence + " gave " + found);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The Chilean army overthrew the Peruvian president in 1970.|17",
        "Chile quarantined three cities near the Peruvian border.|17",
        "Chile locked down the region along the Peruvian border on Monday.|17",
        "The Peruvian proposal was seconded by Chile and Bolivia.|05",
        "Chile advised Peruvian citizens to leave Bolivia.|02",
        "The Chilean prime minister recommended that Peru withdraw its troops.|02",
        "Tomas Arancibia disagreed with Peru's president on the border.|11",
        "Bolivia questioned the legitimacy of the Peruvian election.|11",
        "Chile cautioned Peru against moving troops to the border.|13",
        "Peru disputed the Chilean account of the clash.|01",
        "Chilean President Tomas Arancibia hosted his Peruvian counterpart in Santiago.|04",
        "Peru's foreign minister is expected to travel to Santiago next week.|04",
        "Chile held military exercises near the Peruvian border.|15",
        "Chile and Peru held joint military exercises near Tacna.|06",
        "The Chilean navy detained two Peruvian trawlers near Arica.|171",
        "Peruvian coastguards impounded a Chilean fishing boat on Monday.|171",
        "Peruvian President Evo Mamani attacked the Chilean subpoena as a political stunt.|111"})
    void knowsCoupsLockdownsAdviceDisagreementDoubtsDisputesHostingTravelAndExercises(String sentence, String root) {
        List<String> found = codes(sentence);
        assertTrue(found.stream().anyMatch(c -> c.startsWith(root)), sentence + " gave " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Andean Health Organization declared the outbreak a pandemic on Wednesday.",
        "On Friday the Peruvian government announced the new region would be governing itself from 2022.",
        "The Andean Health Organization announced the official name of the disease on Tuesday."})
    void anAnnouncementOrDeclarationIsAStatementHoweverItsContentIsParsed(String sentence) {
        assertEquals(List.of("010"), codes(sentence), sentence);
    }

    @Test
    void chargesBroughtAgainstSomeoneAreLegalActionButBeingInChargeIsNot() {
        assertEquals(List.of("173"), codes("Peruvian prosecutors filed charges against Chilean envoy Tomas Arancibia on Monday."));
        assertEquals(List.of(), codes("Chile put its navy in charge of the border with Peru."), "being in charge charges no one");
    }

    @Test
    void promisingAThingIsAnIntentForWhomItIsPromised() {
        assertEquals(List.of("030"), codes("Peruvian President Ramona Quispe promised tougher penalties for smugglers on Monday."));
        Situation pledge = TestExtractor.onlyOfRoot(TestExtractor.claims(
                "Bolivian President Evo Mamani pledged new aid to Peru on Monday."), "03");
        assertTrue(TestExtractor.targets(pledge).contains("peru"), pledge.toString());
        assertEquals(List.of(), codes("Peruvian President Ramona Quispe promised Chilean President Tomas Arancibia."),
                "a person promised is no promise made");
    }

    @Test
    void aRulingOrAChargeToldInAClauseIsAimedAtWhoseActTheClauseJudges() {
        Situation owned = TestExtractor.onlyOfRoot(TestExtractor.claims(
                "The Supreme Court of Chile ruled that Chilean President Tomas Arancibia's suspension of Congress was unlawful."), "11");
        assertEquals(Set.of("tomas-arancibia"), TestExtractor.targets(owned), owned.toString());
        Situation byPhrase = TestExtractor.onlyOfRoot(TestExtractor.claims(
                "The Supreme Court of Chile ruled on Monday that the suspension of Congress by President Tomas Arancibia was unlawful."), "11");
        assertEquals(Set.of("tomas-arancibia"), TestExtractor.targets(byPhrase), byPhrase.toString());
        Situation charge = TestExtractor.onlyOfRoot(TestExtractor.claims("Bolivian President Evo Mamani charged that Peru had broken the truce."), "11");
        assertEquals(Set.of("peru"), TestExtractor.targets(charge), charge.toString());
        Situation cleared = TestExtractor.onlyOfRoot(TestExtractor.claims(
                "The Supreme Court of Chile ruled that Chilean President Tomas Arancibia had not broken the law."), "11");
        assertEquals(Set.of(), TestExtractor.targets(cleared), "a clause that clears its subject aims at no one: " + cleared);
    }

    @Test
    void holdingSomeoneInContemptFindsThemLiableOnTheWordOfTheBodyDefied() {
        assertEquals(List.of("116"), codes("The Peruvian Congress voted to hold Chilean envoy Tomas Arancibia in contempt on Monday."));
        ClaimSet held = TestExtractor.claims("Peruvian minister Ramona Quispe was held in contempt of the Peruvian Congress in 2012.");
        Situation contempt = TestExtractor.onlyOfRoot(held, "11");
        assertTrue(TestExtractor.sources(contempt).contains("peru-parliament"), held.events().toString());
        assertTrue(TestExtractor.targets(contempt).contains("ramona-quispe"), held.events().toString());
    }

    @Test
    void anActToldByTheMeansItTookIsThatMeansAndSayingOneWillRetaliateIsAThreat() {
        assertEquals(List.of("166"), codes("Chile retaliated by expelling two Peruvian diplomats on Monday."));
        assertEquals(List.of("13"), codes("Peru said on Monday it would retaliate against Chile.").stream().map(c -> c.substring(0, 2)).toList());
    }

    @Test
    void anAnnouncedActIsThatActNotAStatement() {
        assertEquals(List.of("163"), codes("Chile announced sanctions on Peru on Monday."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Chilean president had spoken by telephone with Peru's president.",
        "In a telephone conversation with the Peruvian president, the Chilean president discussed the border.",
        "The Chilean president made a phone call to Peru's president on Monday."})
    void findsPhoneCallsHoweverTheyArePhrased(String sentence) {
        assertTrue(TestExtractor.events(sentence).stream().anyMatch(e -> e.code().value().equals("041")),
                () -> sentence + " gave " + codes(sentence));
    }

    @Test
    void aConversationWithSomeoneIsAConsultation() {
        assertTrue(codes("In a conversation with the Peruvian president, the Chilean president discussed the border.")
                .stream().anyMatch(c -> c.startsWith("04")));
    }

    @Test
    void anAppealTakesTheSubcategoryOfWhatItAsksAndThatIsNoEventOfItsOwn() {
        List<EventMention> found = TestExtractor.events("Peru urged Chile to negotiate.");
        assertEquals(List.of("026"), found.stream().map(e -> e.code().value()).toList());
    }

    @Test
    void callingSomethingABadNameIsACriticismButAGoodNameIsNot() {
        assertTrue(codes("Chilean President Tomas Arancibia described the attack as a dastardly act.").contains("111"));
        assertTrue(codes("Bolivia characterized the Peruvian strike as a serious violation of Bolivian sovereignty.").contains("111"));
        assertTrue(codes("Peruvian President Ramona Quispe spoke on Monday, calling the Chilean blockade a violation of Peruvian sovereignty.")
                .contains("111"));
        assertTrue(codes("Tomas Arancibia called the talks with Peru a success.").stream().noneMatch(c -> c.startsWith("11")));
    }

    @Test
    void theReleaseOfPeopleIsAReleaseButThatOfAReportIsNot() {
        assertTrue(codes("Bolivia secured the release of two Peruvian fishermen.").contains("084"));
        assertTrue(codes("Since the release of the report, Chile has condemned Peru.").stream().noneMatch(c -> c.startsWith("08")));
    }

    @Test
    void whatThisIsCalledInAQuotationIsNoEventButMayMakeTheSayingACriticism() {
        List<String> said = codes("\"This is an unacceptable attack on our democracy,\" Peruvian Foreign Minister Ramona Quispe said.");
        assertTrue(said.contains("111") && said.stream().noneMatch(c -> c.startsWith("19")), said.toString());
    }

    @Test
    void aCountedPeopleProtestingIsACrowdNotItsStateComplaining() {
        assertEquals(List.of("141"), codes("Thousands of Bolivians protested outside the Chilean embassy in Lima on Thursday."));
        assertEquals(List.of("114"), codes("Bolivia protested to Chile on Friday."));
    }

    @Test
    void swappingPrisonersIsAReleaseByBothSides() {
        assertEquals(List.of("084"), codes("Chile and Peru exchanged 40 prisoners on Monday."));
        assertTrue(codes("Chile and Peru agreed a prisoner swap on Monday.").contains("084"));
    }

    @Test
    void sayingOnesSideIsReadyToActIsAnIntent() {
        assertTrue(codes("Peru said it was ready to attend the talks.").stream().anyMatch(c -> c.startsWith("03")),
                codes("Peru said it was ready to attend the talks.").toString());
        assertTrue(codes("Peru said Chile was ready to attend the talks.").stream().noneMatch(c -> c.startsWith("03")));
    }

    @Test
    void theBadNameMayBeReadAsAClauseOrASecondObject() {
        // the parser hangs "as unacceptable" as a clause, and "an insult" as a second object of "called"
        assertTrue(codes("Bolivia described the expulsion as unacceptable.").contains("111"));
        assertTrue(codes("Evo Mamani, the Bolivian president, called it \"an insult to our people\".").contains("111"));
        assertTrue(codes("Evo Mamani called it \"a triumph for our people\".").stream().noneMatch(c -> c.startsWith("11")));
        // two things named, joined by "and": the second is no name
        List<String> both = codes("Bolivia described the expulsion and the seizure of its boat as unacceptable.");
        assertTrue(both.contains("111") && both.contains("192"), both.toString());
    }

    @Test
    void opposingAProposalOrVotingAgainstItIsARejectionOpposingAnActADisapproval() {
        assertEquals(List.of("120"), codes("Bolivia opposed the bill."));
        assertEquals(List.of("120"), codes("Bolivia voted against the resolution."));
        List<String> act = codes("Bolivia opposed the blockade.");
        assertTrue(act.contains("110") && act.stream().noneMatch(c -> c.startsWith("12")), act.toString());
    }

    @Test
    void aCourtRulingWithoutThatIsStillARuling() {
        assertTrue(codes("The Supreme Court of Chile ruled on Monday the blockade was unlawful.").contains("116"));
        assertTrue(codes("The Supreme Court of Chile ruled, the crowd cheered.").stream().noneMatch(c -> c.startsWith("11")));
    }

    @Test
    void summoningAnAmbassadorIsAProtest() {
        assertEquals(List.of("114"), codes("Peru summoned the Bolivian ambassador in Lima."));
        assertEquals(List.of("114"), codes("Peru summoned the Chilean charge d'affaires."));
    }

    @Test
    void aConcernIsDisapprovalOnlyWhenExpressed() {
        assertTrue(codes("Chile's main concern is the economy, President Tomas Arancibia said.").stream().noneMatch(c -> c.startsWith("11")));
    }

    @Test
    void whatSomeoneCallsTheThingCondemnedIsNoStatement() {
        assertEquals(List.of("111"), codes("Peruvian President Ramona Quispe condemned what she called a cowardly betrayal."));
    }

    @Test
    void aNounCarriedByTheVerbOfTheSameEventIsNotASecondEvent() {
        assertEquals(List.of("057"), codes("Chile and Peru signed an agreement on Monday."));
    }

    @Test
    void aWordTakesTheSenseItsObjectGivesIt() {
        assertTrue(codes("Peru's army fired missiles at a Chilean ship.").contains("195"));
        assertTrue(codes("The Peruvian president fired his defence minister.").contains("172"));
        assertTrue(codes("Chile claimed responsibility for the strike.").contains("015"));
    }

    @Test
    void anObjectMatchesAsWrittenOrByItsLemma() {
        assertEquals(List.of("072"), codes("Chile has supplied Peru with weapons."));
        assertEquals(List.of("072"), codes("Chile has supplied Peru with a weapon."));
    }

    @Test
    void opposingIsDisapprovalAndRejectingIsRejection() {
        assertEquals(List.of("110"), codes("Chile opposed the Peruvian plan."));
        assertTrue(codes("Chile rejected the Peruvian plan.").stream().anyMatch(c -> c.startsWith("12")));
    }

    @Test
    void aTitleIsNoEvent() {
        assertTrue(codes("Opposition leader Ana Rojas spoke in Lima.").stream().noneMatch(c -> c.startsWith("12")));
    }

    @Test
    void aMonthIsNoMarch() {
        List<EventMention> found = TestExtractor.events("Chilean police arrested Tomas Arancibia in March, Peru's president said.");
        assertTrue(found.stream().noneMatch(e -> e.code().root().equals("14")), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.code().root().equals("17")), found.toString());
    }

    @Test
    void anActorsStatementIsAStatementWithoutAVerbToCarryIt() {
        List<EventMention> found = TestExtractor.events("The Kremlin's statement praised Peru.");
        assertTrue(found.stream().anyMatch(e -> e.code().value().equals("010")), found.toString());
        List<EventMention> bare = TestExtractor.events("A statement praised Peru.");
        assertTrue(bare.stream().noneMatch(e -> e.code().value().equals("010")), bare.toString());
    }

    @Test
    void aDeclarationWithASmallClauseIsAStatement() {
        org.entente.claims.ClaimSet set = TestExtractor.claims("On Tuesday, Peru declared the flu outbreak to be an epidemic.");
        org.entente.claims.Situation said = TestExtractor.onlyOfRoot(set, "01");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("peru"), TestExtractor.sources(said));
    }

    @Test
    void whatSomeoneCallsAnActIsNoEventOfItsOwn() {
        List<EventMention> found = TestExtractor.events("Peru called the Chilean blockade a breach of the treaty with Bolivia.");
        assertTrue(found.stream().anyMatch(e -> e.code().value().equals("111") && !e.isContent()), found.toString());
        assertTrue(found.stream().noneMatch(e -> e.code().root().equals("12") && !e.isContent()), found.toString());
    }

    @Test
    void whatWasMetWithProtestsWasNoMeeting() {
        assertTrue(codes("The Chilean plan was met with protests by Peru in Lima.").stream().noneMatch(c -> c.startsWith("04")));
        assertTrue(codes("The Chilean president met with the Peruvian president in Lima.").contains("040"));
    }

    @Test
    void aWordInsideABodysNameIsNoAct() {
        var events = TestExtractor.events("Chile has been active in regional diplomacy, shown by the Pacific Dialogue Council "
                + "established in March 2021.");
        assertTrue(events.stream().noneMatch(e -> e.code().root().equals("04")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.type() == org.entente.claims.SituationType.GroupFounding), events.toString());
    }

    @Test
    void aMeetingTheOfferedActCarriesIsOnlyTheOffersContent() {
        List<EventMention> found = TestExtractor.events("Peru rejected a Chilean offer to host a summit on water rights.");
        assertTrue(found.stream().anyMatch(e -> e.code().value().equals("036") && !e.isContent()), found.toString());
        assertTrue(found.stream().filter(e -> e.code().root().equals("04")).allMatch(EventMention::isContent), found.toString());
    }

    @Test
    void whatADemandIncludesOrIsIsOnlyItsContent() {
        for (String text : List.of("Peru's demands have included expelling the Chilean ambassador.",
                "The Peruvian demand was the expulsion of the Chilean ambassador.")) {
            List<EventMention> found = TestExtractor.work(text).events();
            assertTrue(found.stream().anyMatch(e -> e.code().root().equals("10") && !e.isContent()), found.toString());
            assertTrue(found.stream().filter(e -> e.code().root().equals("16")).allMatch(EventMention::isContent), found.toString());
            assertTrue(found.stream().anyMatch(e -> e.code().root().equals("16")), found.toString());
        }
    }

    @Test
    void sayingWhatOnesOwnSideWillDoIsAnIntentOrAThreat() {
        List<EventMention> aid = TestExtractor.work("Peru said it would send aid to Bolivia.").events();
        assertTrue(aid.stream().anyMatch(e -> e.code().value().equals("033") && !e.isContent()), aid.toString());
        assertTrue(aid.stream().filter(e -> e.code().root().equals("07")).allMatch(EventMention::isContent), aid.toString());
        Situation threat = TestExtractor.onlyOfRoot(TestExtractor.claims(
                "\"We will impose sanctions on Peru,\" Chilean President Tomas Arancibia said on Monday."), "13");
        assertEquals(Set.of("peru"), TestExtractor.targets(threat));
        assertTrue(threat.participants().stream().anyMatch(p -> p.entity().equals("tomas-arancibia")), threat.toString());
        assertEquals(org.entente.claims.EventStatus.OCCURRED, threat.status(), "the threat was made, whatever it threatens");
        List<EventMention> accused = TestExtractor.work(
                "\"We will respond firmly,\" Chilean President Tomas Arancibia said, accusing Peru of aggression.").events();
        assertTrue(accused.stream().anyMatch(e -> e.code().root().equals("11") && !e.isContent()), accused.toString());
        for (String other : List.of("Peru said Chile would send aid to Bolivia.", "Peru said it would not send aid to Bolivia.",
                "Peru said it would reject the Chilean proposal.")) {
            List<EventMention> found = TestExtractor.work(other).events();
            assertTrue(found.stream().noneMatch(e -> e.entry().isVerb() && e.code().root().matches("03|13")), found.toString());
        }
    }

    @Test
    void aJudgementOfADemandIsNoContentOfIt() {
        List<EventMention> found = TestExtractor.work("The Chilean demand was a breach of the water treaty with Peru.").events();
        assertTrue(found.stream().anyMatch(e -> e.code().root().equals("12") && !e.isContent()), found.toString());
    }

    @Test
    void firingOnOrAtSomeoneIsAnAttack() {
        List<EventMention> found = TestExtractor.events("Chilean troops fired on a Peruvian patrol near Tacna. "
                + "Peruvian sailors shot at a Chilean boat.");
        assertEquals(2, found.stream().filter(e -> e.code().root().equals("19")).count(), found.toString());
        assertTrue(TestExtractor.events("The government fired its spokesman.").stream().noneMatch(e -> e.code().root().equals("19")));
    }

    @Test
    void sayingThatJudgesSomeoneBadlyIsCriticismOfThemAndPlainSayingIsAStatement() {
        Situation judged = TestExtractor.onlyOfRoot(TestExtractor.claims(
                "Peruvian Foreign Minister Ramona Quispe said Chilean President Tomas Arancibia was a reckless leader."), "11");
        assertTrue(TestExtractor.sources(judged).contains("ramona-quispe"), judged.toString());
        assertTrue(TestExtractor.targets(judged).contains("tomas-arancibia"), judged.toString());
        Situation quoted = TestExtractor.onlyOfRoot(TestExtractor.claims(
                "\"Chile is behaving in a reckless way,\" Peruvian Foreign Minister Ramona Quispe said."), "11");
        assertTrue(TestExtractor.sources(quoted).contains("ramona-quispe"), quoted.toString());
        assertTrue(TestExtractor.targets(quoted).contains("chile"), quoted.toString());
        List<EventMention> plain = TestExtractor.events(
                "Peruvian Foreign Minister Ramona Quispe said Chilean President Tomas Arancibia was a capable leader.");
        assertTrue(plain.stream().anyMatch(e -> e.code().value().equals("010")) && plain.stream().noneMatch(e -> e.code().root().equals("11")),
                plain.toString());
    }

    @Test
    void aNounInATitleNamesNoActButTheSameNounOutsideOneDoes() {
        List<EventMention> envoy = TestExtractor.events("Tomas Arancibia, Chile's special envoy for Peru negotiations, resigned on Monday.");
        assertTrue(envoy.stream().noneMatch(e -> e.code().root().equals("04")), envoy.toString());
        List<EventMention> talks = TestExtractor.events("Tomas Arancibia, Chile's special envoy, opened negotiations with Peru on Monday.");
        assertTrue(talks.stream().anyMatch(e -> e.code().root().equals("04")), talks.toString());
    }

    @Test
    void anEventNounThatOnlyModifiesAnotherNounNamesNoActOfItsOwn() {
        List<EventMention> strategy = TestExtractor.events("Chile announced its new investment strategy for Peru on Monday.");
        assertTrue(strategy.stream().noneMatch(e -> e.code().root().equals("06")), strategy.toString());
        List<EventMention> invested = TestExtractor.events("Chile announced an investment in Peru's ports on Monday.");
        assertTrue(invested.stream().anyMatch(e -> e.code().root().equals("06")), invested.toString());
    }
}
