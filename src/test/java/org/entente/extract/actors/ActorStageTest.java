package org.entente.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.extract.TestExtractor;
import org.entente.extract.pipeline.ArticleWork;
import org.junit.jupiter.api.Test;

/** Who the actors are: names, demonyms, people the gazetteer lacks, titles, short names, descriptions, pronouns. */
class ActorStageTest {

    private static String who(ArticleWork w, int sentence, String words) {
        for (Mention m : w.mentions(sentence)) {
            String said = w.analysis().sentences().get(sentence).words(m.start(), m.end(), w.text());
            if (said.equals(words)) {
                return m.entity();
            }
        }
        throw new AssertionError("no mention '" + words + "' in sentence " + sentence + ": " + w.mentions(sentence));
    }

    /** Every actor the mentions of these words stand for in a sentence, in order; empty when none stands for one. */
    private static List<String> whoAll(ArticleWork w, int sentence, String words) {
        return w.mentions(sentence).stream().filter(m -> m.entity() != null
                && w.analysis().sentences().get(sentence).words(m.start(), m.end(), w.text()).equals(words)).map(Mention::entity).toList();
    }

    @Test
    void parliamentAloneIsTheParliamentOfTheStateTheStoryIsAboutEvenWhenOnlyItsBodiesAreNamed() {
        ArticleWork w = TestExtractor.work("The Kremlin halted talks on Sunday. "
                + "Yesterday, Peru's envoy Ramona Quispe said the Kremlin will suspend Parliament for two weeks.");
        String parliament = who(w, 1, "Parliament");
        assertEquals("russia", w.ownEntities().get(parliament).country(), parliament);
    }

    @Test
    void aNameTheGazetteerGivesWithItsArticleIsFoundMidSentence() {
        ArticleWork w = TestExtractor.work("Chile's ambassador Ramona Quispe met the Queen in London on Monday.");
        assertEquals("elizabeth-ii", who(w, 0, "the Queen"));
        ArticleWork council = TestExtractor.work("Chile's ambassador Ramona Quispe addressed the UN Security Council on Monday.");
        assertEquals(List.of("un-security-council"), council.mentions(0).stream().map(Mention::entity)
                .filter(id -> id != null && id.startsWith("un")).toList());
    }

    @Test
    void aStateBeforeANounCompoundedWithTheBodysNounIsTheBodysState() {
        ArticleWork w = TestExtractor.work("Peru protested to Chile on Monday. The Bolivian justice ministry unsealed charges against Ramona Quispe.");
        assertEquals("bolivia", who(w, 1, "ministry"));
    }

    @Test
    void guardsWarplanesAndMarinesOfAStateAreItsForces() {
        ArticleWork w = TestExtractor.work("Chilean coast guards seized a Peruvian fishing boat on Tuesday. Bolivian warplanes struck the camp.");
        assertEquals("chile", w.ownEntities().get(who(w, 0, "coast guards")).country());
        assertEquals("bolivia", w.ownEntities().get(who(w, 1, "warplanes")).country());
    }

    @Test
    void aDoubleSurnameShortensToItsFirstPartOrToBoth() {
        ArticleWork w = TestExtractor.work("Peruvian Interior Minister Julio Mendoza Rivas resigned on Monday. "
                + "Mendoza said he had no regrets. Critics of Mendoza Rivas welcomed the news.");
        String minister = who(w, 0, "Julio Mendoza Rivas");
        assertEquals(minister, who(w, 1, "Mendoza"));
        assertEquals(minister, who(w, 2, "Mendoza Rivas"));
    }

    @Test
    void theTwoLeadersAreTheLastTwoPeopleNamedWhenNoAndJoinedThem() {
        ArticleWork w = TestExtractor.work("Bolivian President Evo Mamani will visit Santiago. He is due to meet Peruvian President Tomas Arancibia on Monday. "
                + "The two leaders last met in 2023.");
        assertEquals(List.of("evo-mamani", "tomas-arancibia"), whoAll(w, 2, "leaders"));
        ArticleWork three = TestExtractor.work("Evo Mamani thanked Tomas Arancibia for hosting Ramona Quispe. The two leaders signed a pact.");
        assertTrue(whoAll(three, 1, "leaders").isEmpty(), whoAll(three, 1, "leaders").toString());
        // not the one who speaks of them
        ArticleWork told = TestExtractor.work("Bolivian President Evo Mamani met Chilean President Ramona Quispe on Monday. "
                + "Spokesman Pedro Rojas said the two leaders agreed to meet again.");
        assertEquals(List.of("evo-mamani", "ramona-quispe"), whoAll(told, 1, "leaders"));
    }

    @Test
    void thePoliceAreThoseOfThePlaceWhereThingsHappenJustBefore() {
        ArticleWork w = TestExtractor.work("Chile closed its border with Peru on Monday. Chile said the border would stay closed. "
                + "Thousands of people protested outside the Chilean embassy in Lima on Thursday. Police used tear gas to disperse the crowd.");
        assertEquals("peru", w.ownEntities().get(who(w, 3, "Police")).country());
    }

    @Test
    void congressAloneInAStoryAboutAnotherStateIsThatStatesCongress() {
        ArticleWork w = TestExtractor.work("Peru recalled its ambassador from Chile. Peruvian President Evo Mamani said Peru would not yield. "
                + "Congress voted to condemn Chile on Monday.");
        assertEquals("peru-parliament", who(w, 2, "Congress"));
        ArticleWork american = TestExtractor.work("The United States recalled its ambassador from Chile. Congress voted to condemn Chile on Monday.");
        assertEquals("us-congress", who(american, 1, "Congress"));
    }

    @Test
    void aCompanyNamedWithTheCountryItWorksInIsNoState() {
        ArticleWork w = TestExtractor.work("Peruvian President Evo Mamani sued his accounting firm, Quipu Partners USA, on Monday.");
        String firm = who(w, 0, "Quipu Partners USA");
        assertEquals("Quipu Partners USA", w.ownEntities().get(firm).label());
        assertTrue(whoAll(w, 0, "USA").isEmpty(), w.mentions(0).toString());
    }

    @Test
    void aTitleCountedOrDeniedIsNoOneInParticularButTheTitleIsTheHolder() {
        ArticleWork w = TestExtractor.work("Peruvian President Evo Mamani criticised Chile on Monday. "
                + "No Peruvian president has ever been removed by impeachment. A Peruvian president was arrested in 1992. "
                + "The Peruvian president visited Santiago on Tuesday.");
        for (int sentence = 1; sentence <= 2; sentence++) {
            assertTrue(w.mentions(sentence).stream().noneMatch(m -> "evo-mamani".equals(m.entity())), w.mentions(sentence).toString());
        }
        assertTrue(w.mentions(3).stream().anyMatch(m -> "evo-mamani".equals(m.entity())), w.mentions(3).toString());
    }

    @Test
    void anOfficeSpelledOutWithItsAcronymIsATitleNotABody() {
        ArticleWork w = TestExtractor.work("Member of Parliament (MP) Ramona Quispe of the Andean Liberation Front criticised Chile. "
                + "Peruvian MP Evo Mamani agreed with her.");
        assertTrue(w.ownEntities().values().stream().noneMatch(e -> e.label().equalsIgnoreCase("Member of Parliament")),
                w.ownEntities().toString());
        assertTrue(whoAll(w, 1, "MP").isEmpty(), w.mentions(1).toString());
        assertEquals("ramona-quispe", who(w, 1, "her"));
    }

    @Test
    void anItThatStandsForTheClauseAfterItIsNoActor() {
        ArticleWork w = TestExtractor.work("The Chilean foreign ministry criticised Peru. "
                + "It would be a disgrace if Bolivia were kept out of the talks, Evo Mamani said.");
        assertTrue(whoAll(w, 1, "It").isEmpty(), w.mentions(1).toString());
        ArticleWork referring = TestExtractor.work("The Chilean foreign ministry criticised Peru. It also summoned the Peruvian ambassador.");
        assertFalse(whoAll(referring, 1, "It").isEmpty(), referring.mentions(1).toString());
        ArticleWork ready = TestExtractor.work("The Chilean foreign ministry criticised Peru. It said it was ready to resume talks with Lima.");
        assertFalse(whoAll(ready, 1, "it").isEmpty(), "an 'it' that is ready is an actor: " + ready.mentions(1));
    }

    @Test
    void sheIsNotAManByHisGivenNameEvenBeforeAnyPronounSaidSo() {
        ArticleWork w = TestExtractor.work("Chilean envoy Tomas Arancibia welcomed Peruvian minister Ramona Quispe in Santiago. "
                + "She praised Chile for its help.");
        assertEquals("ramona-quispe", who(w, 1, "She"));
    }

    @Test
    void aGenerationalSuffixIsPartOfTheNameAndHisOwnIsTheSubjects() {
        ArticleWork w = TestExtractor.work("Peruvian President Evo Mamani sued Chilean prosecutor Tomas Arancibia, Jr. and his own foreign minister.");
        String prosecutor = who(w, 0, "Tomas Arancibia, Jr.");
        assertTrue(w.ownEntities().get(prosecutor).aliases().contains("Arancibia"), w.ownEntities().get(prosecutor).toString());
        assertEquals("evo-mamani", who(w, 0, "his"));
        // a subject that stands for no one known leaves "their own" to the usual reading
        ArticleWork unknown = TestExtractor.work("The Andean Trade Council urged Peru to cut tariffs. "
                + "It recommends that developing countries reduce their own tariffs.");
        assertTrue(unknown.mentions(1).stream().noneMatch(m -> m.kind() == Mention.Kind.PRONOUN && m.entity() == null),
                unknown.mentions(1).toString());
    }

    @Test
    void knowsGazetteerNamesAndDemonyms() {
        ArticleWork w = TestExtractor.work("Iranian officials met the Kremlin's envoy in Tehran.");
        assertEquals("iran", who(w, 0, "Iranian"));
        assertEquals("iran", who(w, 0, "officials"));
        assertEquals("kremlin", who(w, 0, "Kremlin"));
    }

    @Test
    void theNetworkIsTheBroadcasterNamedBeforeEvenWithAnotherBodyNamedSince() {
        ArticleWork w = TestExtractor.work("The Chilean government shut down broadcaster ABS-CBN on Monday. "
                + "Amnesty International criticised the decision. Chilean officials accused the network of lying.");
        assertEquals("abs-cbn", who(w, 2, "network"));
    }

    @Test
    void aSurnameAfterAnotherGivenNameIsAnotherPerson() {
        ArticleWork w = TestExtractor.work("Chilean senators condemned Andrew Johnson, and British Prime Minister Johnson criticised Chile.");
        assertTrue(w.mentions(0).stream().noneMatch(m -> m.entity().equals("boris-johnson") && m.start() < 6), w.mentions(0).toString());
        assertEquals("boris-johnson", who(w, 0, "Johnson"));
        ArticleWork initial = TestExtractor.work("Chilean senators condemned Donald J. Trump.");
        assertTrue(initial.mentions(0).stream().anyMatch(m -> m.entity().equals("donald-trump")), initial.mentions(0).toString());
    }

    @Test
    void sheIsNotSomeoneAlreadyCalledHe() {
        ArticleWork w = TestExtractor.work("Peruvian President Ramona Quispe said she would visit Chile. "
                + "Chilean President Tomas Arancibia said he welcomed the visit. On Tuesday she condemned Bolivia.");
        assertEquals("tomas-arancibia", who(w, 1, "he"));
        assertEquals("ramona-quispe", who(w, 2, "she"));
    }

    @Test
    void aBodysNameSaidOfAnotherStateIsThatStatesBody() {
        ArticleWork w = TestExtractor.work("The Chilean Congress condemned the blockade, and the U.S. Congress praised it. "
                + "The Congress of Peru also condemned the blockade.");
        assertEquals("chile-parliament", who(w, 0, "Congress"));
        assertEquals("us-congress", who(w, 0, "U.S. Congress"));
        assertEquals("peru-parliament", who(w, 1, "Congress"));
    }

    @Test
    void mintsAPersonWithTheCountryAndTitleTheWordsBeforeTheNameGive() {
        ArticleWork w = TestExtractor.work("Peruvian Foreign Minister Ramona Quispe visited Quito on Monday.");
        assertEquals("ramona-quispe", who(w, 0, "Ramona Quispe"));
        Entity e = w.ownEntities().get("ramona-quispe");
        assertNotNull(e);
        assertEquals(EntityType.Person, e.type());
        assertEquals("peru", e.country());
        assertTrue(e.titles().contains("foreign minister"), e.titles().toString());
    }

    @Test
    void aBodyWhoseNameBeginsWithItsStateIsAnActorOfItsOwnButTheGovernmentOfAStateIsTheState() {
        ArticleWork w = TestExtractor.work("On Monday, the Peru Department of Fisheries announced new restrictions on Chilean boats. "
                + "The Government of Peru condemned Chile.");
        assertEquals("peru-department-of-fisheries", who(w, 0, "Peru Department of Fisheries"));
        assertEquals(EntityType.GovernmentBody, w.ownEntities().get("peru-department-of-fisheries").type());
        assertEquals("peru", who(w, 1, "Government"));
    }

    @Test
    void aStatesOfficeNobodyIsNamedForIsTheStateActing() {
        ArticleWork w = TestExtractor.work("Peru's president condemned the Chilean raid.");
        assertEquals("peru", who(w, 0, "president"));
        ArticleWork named = TestExtractor.work("Chilean President Tomas Arancibia met Peru's president. Chile's president condemned Bolivia.");
        assertEquals("tomas-arancibia", who(named, 1, "president"));
    }

    @Test
    void aStatesMinistryIsTheStateActing() {
        ArticleWork w = TestExtractor.work("Chile's foreign ministry condemned the Peruvian raid.");
        assertEquals("chile", who(w, 0, "ministry"));
    }

    @Test
    void aBodyTheRecogniserNamesTakesTheStateNamedWithItAndIsNamedWithItsState() {
        ArticleWork w = TestExtractor.work("Peru's Foreign Ministry condemned the Chilean blockade. "
                + "The Bolivian Foreign Ministry condemned it too.");
        assertEquals("foreign-ministry-of-peru", who(w, 0, "Foreign Ministry"));
        assertEquals("peru", w.ownEntities().get("foreign-ministry-of-peru").country());
        String bolivian = who(w, 1, "Bolivian Foreign Ministry");
        assertEquals("bolivia", w.ownEntities().get(bolivian).country());
    }

    @Test
    void aSurnameLaterIsThePersonNamedBefore() {
        ArticleWork w = TestExtractor.work("Chilean President Tomas Arancibia met Peru's president. "
                + "Arancibia condemned the blockade.");
        assertEquals("tomas-arancibia", who(w, 1, "Arancibia"));
    }

    @Test
    void aSurnameTheTokeniserCutAtItsHyphenIsThePersonNamedBefore() {
        ArticleWork w = TestExtractor.work("Chile sanctioned Abu Karim al-Huwaidi on Monday. "
                + "Peru had also levied individual sanctions against al-Huwaidi.");
        assertEquals("abu-karim-al-huwaidi", who(w, 1, "al-Huwaidi"));
    }

    @Test
    void policeOpeningASentenceAreTheStatesPoliceAsInsideOne() {
        ArticleWork w = TestExtractor.work("Thousands protested against the Peruvian government in Lima on Friday. "
                + "Police detained eight students on Friday night.");
        assertEquals("peru-police", who(w, 1, "Police"));
    }

    @Test
    void theCommissionIsTheBodyLastNamedWithThatHeadNotAGazetteerBodyCalledSo() {
        ArticleWork w = TestExtractor.work("The Chilean Mining Commission suspended the licence of a Peruvian company on Monday. "
                + "The commission also refused to meet Peruvian officials.");
        String commission = who(w, 0, "Chilean Mining Commission");
        assertEquals(commission, who(w, 1, "commission"));
        assertTrue(!commission.equals("european-commission"), commission);
    }

    @Test
    void aPronounIsNotTheOtherArgumentOfItsOwnVerb() {
        ArticleWork w = TestExtractor.work("He was met by Abu Karim al-Huwaidi at the Chilean border on Monday.");
        assertTrue(w.mentions(0).stream().noneMatch(m -> m.start() == 0 && m.entity() != null
                && m.entity().equals("abu-karim-al-huwaidi")), w.mentions(0).toString());
        ArticleWork said = TestExtractor.work("He is a hero, Chilean President Tomas Arancibia said of himself on Monday.");
        assertEquals("tomas-arancibia", who(said, 0, "He"));
    }

    @Test
    void capitalsStayCapitalsAndWordsStayWords() {
        ArticleWork w = TestExtractor.work("A car bomb killed three soldiers in the CAR, the UN said.");
        assertTrue(w.mentions(0).stream().noneMatch(m -> m.start() == 1), "'car' is no republic");
        assertEquals("central-african-republic", who(w, 0, "CAR"));
    }

    @Test
    void aStatesForcesGovernmentAndPoliceAreItsBodies() {
        ArticleWork w = TestExtractor.work("Chilean troops and the Peruvian government blamed Bolivian police for the clash.");
        assertEquals("chile-military", who(w, 0, "troops"));
        assertEquals("peru", who(w, 0, "government"));
        assertEquals("bolivia-police", who(w, 0, "police"));
    }

    @Test
    void aTitleWithACountryIsThePersonHoldingIt() {
        ArticleWork w = TestExtractor.work("Turkish President Recep Tayyip Erdogan spoke on Monday. "
                + "The Turkish leader later condemned the strike.");
        assertEquals("recep-tayyip-erdogan", who(w, 1, "leader"));
    }

    @Test
    void aPronounIsTheNearestActorThatFits() {
        ArticleWork w = TestExtractor.work("Chilean President Tomas Arancibia met Peru's envoy. He praised its plan.");
        List<Mention> second = w.mentions(1);
        assertEquals("tomas-arancibia", second.stream().filter(m -> m.kind() == Mention.Kind.PRONOUN).findFirst().orElseThrow().entity());
    }

    @Test
    void aPronounOpeningASentenceCarriesOnTheSubjectBeforeRatherThanTheLastPersonNamed() {
        ArticleWork w = TestExtractor.work("Chilean President Tomas Arancibia met the Peruvian envoy Javier Huaman in Santiago on Monday. "
                + "He announced new talks on the border.");
        assertEquals("tomas-arancibia", who(w, 1, "He"));
        ArticleWork within = TestExtractor.work("Chilean President Tomas Arancibia met the Peruvian envoy Javier Huaman, who said he would return.");
        assertEquals(who(within, 0, "Javier Huaman"), who(within, 0, "he"));
    }

    @Test
    void aMinistryNamedWithItsStateAfterItIsABodyOfThatStateAndOneBodyHoweverItsStateIsWritten() {
        ArticleWork w = TestExtractor.work("The Foreign Ministry of Bolivia condemned the raid on Monday. "
                + "On Tuesday the Bolivian Foreign Ministry summoned the Chilean ambassador.");
        String body = who(w, 0, "Foreign Ministry of Bolivia");
        Entity e = w.ownEntities().get(body);
        assertNotNull(e, body);
        assertEquals(EntityType.GovernmentBody, e.type());
        assertEquals("bolivia", e.country());
        assertEquals(body, who(w, 1, "Bolivian Foreign Ministry"));
        assertTrue(w.events().stream().anyMatch(m -> m.sentence() == 0 && m.participants().containsKey(body)
                && m.principals().get("bolivia") != null), w.events().toString());
    }

    @Test
    void aStatesMinistryTheGazetteerNamesInOtherWordsIsTheGazetteersAndAnotherStatesIsNot() {
        ArticleWork w = TestExtractor.work("The Foreign Ministry of Iraq condemned the raid. Peru's Foreign Ministry welcomed the talks. "
                + "Iraq's Foreign Ministry criticized the decision.");
        assertEquals("iraqi-foreign-ministry", who(w, 0, "Foreign Ministry of Iraq"));
        String peru = who(w, 1, "Foreign Ministry");
        assertEquals("peru", w.ownEntities().get(peru).country());
        assertEquals("iraqi-foreign-ministry", who(w, 2, "Foreign Ministry"));
    }

    @Test
    void aPersonsNameIsNotAStateInsideIt() {
        ArticleWork w = TestExtractor.work("Agent Marta Holland of Interpol said the suspects were arrested.");
        assertEquals("marta-holland", who(w, 0, "Marta Holland"));
    }

    @Test
    void iAndWeInAQuotationAreItsSpeaker() {
        ArticleWork w = TestExtractor.work("\u201CWe will not accept this,\u201D Chilean President Tomas Arancibia said. "
                + "Peru's minister Ramona Quispe told reporters: \u201CI condemn the blockade. Our patience is over.\u201D");
        assertEquals("tomas-arancibia", who(w, 0, "We"));
        assertEquals("ramona-quispe", who(w, 1, "I"));
        assertEquals("ramona-quispe", who(w, 2, "Our"), "the quotation runs on into the next sentence");
    }

    @Test
    void aQuotationWhoseSpeakerIsNamedOnlyWhereItClosesIsTheirs() {
        ArticleWork w = TestExtractor.work("Peruvian Senator Ramona Quispe criticised the Chilean blockade on Monday.\n\n"
                + "\"The border is calm. I applaud the Chilean president for his restraint. The losses were very low,\" Quispe continued.");
        assertEquals("ramona-quispe", who(w, 2, "I"));
        ArticleWork after = TestExtractor.work("Peruvian Senator Ramona Quispe criticised the Chilean blockade on Monday.\n\n"
                + "\"I applaud the Chilean president for his restraint.\" The losses continued to mount.");
        assertTrue(after.mentions(1).stream().noneMatch(m -> after.analysis().sentences().get(1).words(m.start(), m.end(), after.text())
                .equals("I")), "a quotation closed with no one named is no one's: " + after.mentions(1));
    }

    @Test
    void bothCountriesAreThePairOfStatesNamedBefore() {
        ArticleWork w = TestExtractor.work("Chile and Peru signed a fisheries accord in Lima on Monday. Arancibia praised the accord. "
                + "Quispe spoke of a new era. Bolivian President Evo Mamani urged both countries to respect the accord.");
        assertEquals(List.of("chile", "peru"), whoAll(w, 3, "countries"));
        ArticleWork two = TestExtractor.work("Chile and Peru signed a fisheries accord in Lima on Monday. "
                + "Bolivian President Evo Mamani urged the two countries to respect the accord.");
        assertEquals(List.of("chile", "peru"), whoAll(two, 1, "countries"));
        ArticleWork neighbours = TestExtractor.work("Chile and Peru signed a fisheries accord in Lima on Monday. "
                + "Bolivian President Evo Mamani offered to mediate between the two neighbours.");
        assertEquals(List.of("chile", "peru"), whoAll(neighbours, 1, "neighbours"));
        ArticleWork leaders = TestExtractor.work("Chile and Peru signed a fisheries accord in Lima on Monday. "
                + "The leaders of the two countries spoke by telephone on Tuesday.");
        assertEquals(List.of("chile", "peru"), whoAll(leaders, 1, "leaders"));
        ArticleWork others = TestExtractor.work("Chile and Peru signed a fisheries accord in Lima on Monday. "
                + "The Chilean Congress has censured two other presidents.");
        assertTrue(whoAll(others, 1, "presidents").stream().noneMatch(id -> id.matches("chile|peru")), others.mentions(1).toString());
    }

    @Test
    void theTwoCountriesNeverJoinedByAndAreTheTwoTheStoryIsAbout() {
        String story = "Chile recalled its ambassador to Peru on Monday. Chile accused Peru of ignoring its notes. "
                + "Peru rejected the accusation, and Bolivia urged calm. Analysts said the row could delay a trade pact between the two countries.";
        ArticleWork w = TestExtractor.work(story);
        assertEquals(List.of("chile", "peru"), whoAll(w, 3, "countries").stream().sorted().toList());
        ArticleWork once = TestExtractor.work("Chile recalled its ambassador to Peru on Monday, and Bolivia urged calm. "
                + "Analysts said the row could delay a trade pact between the two countries.");
        assertTrue(whoAll(once, 1, "countries").isEmpty(), once.mentions(1).toString());
    }

    @Test
    void itsTroopsAreTheSubjectsOwnWhicheverStateTheStoryIsAbout() {
        ArticleWork w = TestExtractor.work("On Monday, Peru closed a crossing near Tacna. On Tuesday, Chile withdrew its troops from the border.");
        assertEquals("chile-military", who(w, 1, "troops"));
    }

    @Test
    void theGovernmentOfASentenceSetInOneStateIsThatStatesButNotOfAStateDoneTo() {
        String before = "Chilean President Tomas Arancibia met Chilean senators in Santiago. Chile and Peru signed an accord. ";
        ArticleWork w = TestExtractor.work(before + "Farmers in Bolivia staged protests on Monday, accusing the government of corruption.");
        assertEquals("bolivia", who(w, 2, "government"));
        ArticleWork other = TestExtractor.work(before + "The government expelled the Bolivian ambassador on Monday.");
        assertEquals("chile", who(other, 2, "government"));
    }

    @Test
    void aTitleTheTokenizerSplitAtItsHyphenIsReadWhole() {
        ArticleWork w = TestExtractor.work("The United Nations Secretary-General welcomed the Andean accord.");
        assertEquals("antonio-guterres", who(w, 0, "Secretary-General"));
        ArticleWork rank = TestExtractor.work("The general said Peru would withdraw its troops.");
        // a rank names no office, so no one the gazetteer knows
        assertTrue(rank.mentions(0).stream().noneMatch(m -> m.covers(1) && m.entity() != null), rank.mentions(0).toString());
        assertTrue(w.mentions(0).stream().noneMatch(m -> "General".equals(w.analysis().sentences().get(0).words(m.start(), m.end(), w.text()))),
                w.mentions(0).toString());
    }

    @Test
    void aCounterpartNamedBesideTheWordHoldsTheOfficeOfThePersonMetForTheStateTheWordNames() {
        var set = TestExtractor.claims("Peruvian Foreign Minister Ramona Quispe met her Chilean counterpart, Andres Villalobos, in Arica.");
        var meeting = TestExtractor.onlyOfRoot(set, "04");
        assertTrue(meeting.participants().stream().anyMatch(p -> p.entity().equals("andres-villalobos") && "chile".equals(p.actingFor())),
                meeting.participants().toString());
        var office = set.relations().stream().filter(r -> r.participants().stream().anyMatch(p -> p.entity().equals("andres-villalobos")))
                .findFirst().orElseThrow();
        assertEquals(java.util.List.of("foreign-minister-of-chile"), office.themes());
    }

    @Test
    void theCapitalisedHeadOfANameReferredBackToIsThatBodyAndItsIsTheSubjectNotTheOneAskedToAct() {
        ArticleWork w = TestExtractor.work("The Andean Liberation Front attacked a convoy near Puno. The Front's spokesman denied it. "
                + "Bolivia has asked Peru to secure the border, and its navy patrolled Lake Titicaca.");
        assertEquals("andean-liberation-front", who(w, 1, "Front"));
        assertEquals("bolivia", who(w, 2, "its"));
        ArticleWork own = TestExtractor.work("The Court of Session in Edinburgh ruled against the Chilean government.");
        assertTrue(own.mentions(0).stream().noneMatch(m -> m.covers(1) && m.kind() == Mention.Kind.DESCRIPTION), own.mentions(0).toString());
    }

    @Test
    void theMinistryIsTheOneLastDescribedWithThatWord() {
        ArticleWork w = TestExtractor.work("Peruvian Interior Minister Carla Vargas spoke in Lima. Peruvian police arrested two Bolivian "
                + "journalists in Puno, according to the Bolivian foreign ministry. The ministry demanded their release.");
        assertEquals("bolivia", who(w, 2, "ministry"));
    }

    @Test
    void theNearestReportingVerbNamesTheSpeaker() {
        ArticleWork w = TestExtractor.work("Chile's foreign ministry indicated its view, and then its spokesman, Ramona Quispe, "
                + "said: \u201CWe urge Bolivia to reopen the border.\u201D");
        assertEquals("ramona-quispe", who(w, 0, "We"));
    }

    @Test
    void theTitleAloneIsThePersonTheArticleNamesMostWithIt() {
        ArticleWork w = TestExtractor.work("President Tomas Arancibia of Chile visited Lima. Arancibia met Peruvian officials there. "
                + "Arancibia also spoke with Bolivian President Evo Quispe. The president praised the talks.");
        assertEquals("tomas-arancibia", who(w, 3, "president"));
    }

    @Test
    void theyAndTheirAreTheActorsLastJoinedByAnd() {
        ArticleWork w = TestExtractor.work("Chile and Peru signed a fisheries accord in Lima. "
                + "Their ministers said they would meet again in May.");
        List<String> their = w.mentions(1).stream().filter(m -> m.start() == 0).map(Mention::entity).sorted().toList();
        assertEquals(List.of("chile", "peru"), their);
        ArticleWork alone = TestExtractor.work("Chile signed a fisheries accord in Lima. They would meet again in May.");
        assertTrue(alone.mentions(1).stream().noneMatch(m -> m.start() == 0), "one actor is no antecedent of 'they'");
        ArticleWork officials = TestExtractor.work("Chile and Peru signed a fisheries accord in Lima. "
                + "Later, port officials said they had not seen it.");
        assertTrue(officials.mentions(1).stream().noneMatch(m -> m.start() == 5),
                "'they' after 'officials' are the officials: " + officials.mentions(1));
    }

    @Test
    void theNetworkIsTheBroadcasterNamedLast() {
        ArticleWork w = TestExtractor.work("Russian President Vladimir Putin ordered the closure of the broadcaster Radio Andina on Monday. "
                + "Putin accused the network of spreading lies.");
        String station = who(w, 0, "Radio Andina");
        assertEquals(station, who(w, 1, "network"));
        ArticleWork unnamed = TestExtractor.work("Russian President Vladimir Putin accused a network of spreading lies.");
        assertTrue(unnamed.mentions(0).stream().noneMatch(m -> m.kind() == Mention.Kind.DESCRIPTION
                && unnamed.analysis().sentences().get(0).words(m.start(), m.end(), unnamed.text()).equals("network")), "a network is a new one");
    }

    @Test
    void aMonthBeforeANumberIsNoPersonOfThatName() {
        ArticleWork w = TestExtractor.work("Chile and Peru signed a fishing treaty in May 2020.");
        assertTrue(w.mentions(0).stream().noneMatch(m -> "theresa-may".equals(m.entity())), w.mentions(0).toString());
    }

    @Test
    void aBodyIsNotOfTheStateThatIsTheSubjectOfTheVerbBeforeIt() {
        ArticleWork w = TestExtractor.work("Peru welcomed the Andean Water Commission on Tuesday.");
        assertTrue(w.mentions(0).stream().noneMatch(m -> m.entity() != null && m.entity().endsWith("-of-peru")), w.mentions(0).toString());
    }

    @Test
    void aBodyTheGazetteerNamesInLowerCaseIsFoundAsWritten() {
        ArticleWork w = TestExtractor.work("Bolivia thanked the international community on Monday.");
        assertTrue(w.mentions(0).stream().anyMatch(m -> "international-community".equals(m.entity())), w.mentions(0).toString());
    }

    @Test
    void aCombiningFormCutFromItsPartnerByTheTokeniserStillNamesItsState() {
        ArticleWork w = TestExtractor.work("Sino-Peruvian trade grew as Peru condemned the raid.");
        assertTrue(w.mentions(0).stream().anyMatch(m -> "china".equals(m.entity())), w.mentions(0).toString());
    }

    @Test
    void anObjectPronounIsNotTheSubjectOfItsOwnVerb() {
        ArticleWork w = TestExtractor.work("Tomas Arancibia met Ramona Quispe in Lima. Ramona Quispe praised him on Monday.");
        assertEquals("tomas-arancibia", who(w, 1, "him"));
        ArticleWork called = TestExtractor.work("Chile expelled two Peruvian diplomats. Bolivia called it a mistake.");
        assertTrue(called.mentions(1).stream().noneMatch(m -> "bolivia".equals(m.entity()) && m.kind() == Mention.Kind.PRONOUN),
                called.mentions(1).toString());
        ArticleWork conflict = TestExtractor.work("The Andean Liberation Front, once an ally of the Chilean government, is now in conflict with it.");
        assertEquals("chile", who(conflict, 0, "it"));
        ArticleWork accusing = TestExtractor.work("Peru criticised Chile on Monday, accusing it of arming the rebels.");
        assertEquals("chile", who(accusing, 0, "it"));
    }

    @Test
    void aDemonymInsideTheNameOfABodySpeaksForNoState() {
        ArticleWork w = TestExtractor.work("The Organization of American States called for restraint on Monday.");
        assertTrue(w.mentions(0).stream().noneMatch(m -> "united-states".equals(m.entity())), w.mentions(0).toString());
    }

    @Test
    void hisCountryIsTheCountryOfWhomHisStandsFor() {
        ArticleWork w = TestExtractor.work("Chile and Peru held talks in Lima on Monday. Chile pressed Peru on fishing rights. "
                + "Bolivian President Evo Mamani said his country would support Peru.");
        assertEquals("bolivia", who(w, 2, "country"));
    }

    @Test
    void aPossessiveInAPhraseBeforeTheSubjectIsThatSubjects() {
        ArticleWork w = TestExtractor.work("Tomas Arancibia left Lima on Sunday. "
                + "In his statement, Chilean President Evo Mamani called the Peruvian plan reckless.");
        assertEquals("evo-mamani", who(w, 1, "his"));
    }

    @Test
    void thePoliceAndGovernmentOfAPlaceWithItsOwnAreThose() {
        ArticleWork w = TestExtractor.work("Thousands marched through Hong Kong on Sunday. The police fired tear gas at the crowd. "
                + "The government condemned the violence. Chinese police arrested two activists in Shenzhen.");
        assertEquals("hong-kong-police", who(w, 1, "police"));
        ArticleWork supporters = TestExtractor.work("Thousands marched through Hong Kong on Sunday. "
                + "Thousands of government supporters rallied in Kowloon.");
        assertTrue(supporters.mentions(1).stream().noneMatch(m -> "government-of-hong-kong".equals(m.entity())),
                supporters.mentions(1).toString());
        assertEquals("government-of-hong-kong", who(w, 2, "government"));
        assertEquals("china-police", who(w, 3, "police"));
        ArticleWork lima = TestExtractor.work("Thousands marched through Lima on Sunday. The police fired tear gas at the crowd. "
                + "The government condemned the violence.");
        assertEquals("peru-police", who(lima, 1, "police"));
        assertEquals("peru", who(lima, 2, "government"));
    }

    @Test
    void aDemonymAfterARegionsQualifierIsNoStates() {
        for (String text : List.of("The South American Commission on Water Rights criticized the move.",
                "Latin American leaders condemned the attack on Peru.", "The Inter-American Commission on Human Rights criticized Peru.")) {
            ArticleWork w = TestExtractor.work(text);
            assertTrue(w.mentions(0).stream().noneMatch(m -> "united-states".equals(m.entity())), w.mentions(0).toString());
        }
        ArticleWork us = TestExtractor.work("American and South Korean troops held exercises near Seoul.");
        assertTrue(us.mentions(0).stream().anyMatch(m -> "united-states".equals(m.entity())), us.mentions(0).toString());
        ArticleWork north = TestExtractor.work("Chilean troops shelled a north Peruvian town on Monday.");
        assertTrue(north.mentions(0).stream().anyMatch(m -> "peru".equals(m.entity())), north.mentions(0).toString());
    }

    @Test
    void aGovernmentOrPoliceWithAPossessivePronounIsThatOfTheCountryAtHand() {
        ArticleWork w = TestExtractor.work("Chile closed its border with Peru on Monday. Chilean citizens criticized their government's response.");
        assertEquals("chile", who(w, 1, "government"));
    }

    @Test
    void anAcronymInBracketsAfterANameIsThatActorsOtherName() {
        ArticleWork w = TestExtractor.work("Peru's National Water Authority (NWA) closed the Tacna canal on Monday. "
                + "The NWA said Chilean farmers had diverted the river.");
        String agency = w.mentions(0).stream().filter(m -> m.end() - m.start() > 1 && m.entity() != null
                && m.entity().contains("water")).map(Mention::entity).findFirst().orElseThrow(() -> new AssertionError(w.mentions(0)));
        assertEquals(agency, who(w, 0, "NWA"));
        assertEquals(agency, who(w, 1, "NWA"));
        assertTrue(w.ownEntities().get(agency) == null || w.ownEntities().get(agency).aliases().contains("NWA"),
                w.ownEntities().toString());
    }

    @Test
    void aNameWithItsAcronymInASentenceLeftUnreadStillGivesTheAcronymItsActor() {
        ArticleWork w = TestExtractor.work("The Tacna Water Commission (TWC) has its offices near the river in Tacna. "
                + "The TWC refused to renew the licence of the Chilean mining company.");
        assertFalse(w.analysis().sentences().get(0).isParsed());
        assertEquals("tacna-water-commission", who(w, 1, "TWC"));
    }

    @Test
    void anUnnamedSpokespersonForSomeoneIsThatOneSpeaking() {
        ArticleWork w = TestExtractor.work("A spokesperson for President Tomas Arancibia condemned the raid on Monday.");
        assertEquals("tomas-arancibia", who(w, 0, "spokesperson"));
    }
}
