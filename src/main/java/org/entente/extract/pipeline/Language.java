package org.entente.extract.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.input.InputException;
import org.entente.input.JsonProblems;
import org.entente.input.StrictJson;

/**
 * The words of English news prose that extraction reads as signals rather than
 * as events ({@code data/lexicon/language.json}): reporting verbs, hedges,
 * futures, negations, titles, the nouns that stand for a state's government,
 * armed forces, police, parliament and courts, and the nouns and verbs through
 * which roles and links reach an actor or an event ("Russia's efforts", "the US
 * embassy", "advocating for"). Each field is a set of lower-case
 * lemmas or phrases; see {@code data/lexicon/README.md}.
 */
public record Language(
        Set<String> reportingVerbs,
        Set<String> reportingNouns,
        Set<String> conveyingVerbs,
        Set<String> hedgeWords,
        Set<String> hedgeVerbs,
        Set<String> hedgeModals,
        Set<String> futureModals,
        Set<String> obligationModals,
        Set<String> plannedVerbs,
        Set<String> predictiveWords,
        Set<String> negations,
        Set<String> cancelVerbs,
        Set<String> refusalVerbs,
        Set<String> postponeVerbs,
        Set<String> causativeVerbs,
        Set<String> personTitles,
        Set<String> headOfStateTitles,
        Set<String> politicalTitles,
        Set<String> stateNouns,
        Set<String> militaryNouns,
        Set<String> policeNouns,
        Set<String> parliamentNouns,
        Set<String> courtNouns,
        Set<String> personPronouns,
        Set<String> thingPronouns,
        Set<String> pluralPronouns,
        Set<String> timePrepositions,
        Set<String> afterMarkers,
        Set<String> duringMarkers,
        Set<String> topicMarkers,
        Set<String> purposeMarkers,
        Set<String> announcingVerbs,
        Set<String> stateOffices,
        Set<String> firstPersonPronouns,
        Set<String> stanceVerbs,
        Set<String> effectNouns,
        Set<String> namingVerbs,
        Set<String> chargingVerbs,
        Set<String> adversaryNouns,
        Set<String> actReferences,
        Set<String> vehicleNouns,
        Set<String> actNouns,
        Set<String> stateAssetNouns,
        Set<String> peopleNouns,
        Set<String> peaceWords,
        Set<String> ongoingWords,
        Set<String> pejoratives,
        Set<String> plannedAdjectives,
        Set<String> possibleAdjectives,
        Set<String> expectedAdjectives,
        Set<String> supportNouns,
        Set<String> dispositionNouns,
        Set<String> allianceNouns,
        Set<String> partnershipNouns,
        Set<String> regionQualifiers,
        Set<String> resumingVerbs,
        Set<String> privateTitles,
        Set<String> memberNouns,
        Set<String> crowdNouns,
        Set<String> countedStateNouns,
        Set<String> countedLeaderNouns,
        Set<String> enablingVerbs,
        Set<String> provisionNouns,
        Set<String> personNouns,
        Set<String> nonStateTitles,
        Set<String> permissionVerbs,
        Set<String> objectControlVerbs,
        Set<String> impersonalAdjectives,
        Set<String> pressNouns,
        Set<String> readinessAdjectives,
        Set<String> mediatedNouns,
        Set<String> placeNouns,
        Set<String> planNouns,
        Set<String> adoptingVerbs,
        Set<String> issuingVerbs,
        Set<String> sayingOccasions,
        Set<String> ascribingVerbs,
        Set<String> drawingVerbs,
        Set<String> owningVerbs,
        Set<String> arrivingVerbs,
        Set<String> answeringVerbs,
        Set<String> behalfNouns,
        Set<String> quantifyingDeterminers,
        Set<String> responseWords,
        Set<String> fulfillingVerbs) {

    private static final ObjectMapper MAPPER = StrictJson.builder().build();

    public static Language read(Path file) {
        try {
            Language l = MAPPER.readValue(file.toFile(), Language.class);
            if (l == null) {
                throw InputException.of(file.toString(), "expected an object of word lists");
            }
            for (var c : Language.class.getRecordComponents()) {
                if (c.getAccessor().invoke(l) == null) {
                    throw InputException.of(file.toString(), "missing the word list '" + c.getName() + "'");
                }
            }
            return l;
        } catch (JsonProcessingException e) {
            throw new InputException(JsonProblems.of(file.toString(), e));
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a token is a first-person pronoun ("I", "we", "our"), not a word written like one ("US"). */
    public boolean isFirstPerson(Token t) {
        return t.tag().startsWith("PRP") && firstPersonPronouns.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether an arc denies the clause it hangs from: "not", "never" as its
     * adverb, but not a negation set off after a comma, which only contrasts
     * a phrase (", not how dangerous it is").
     */
    public boolean negates(Sentence s, Dependency d) {
        int w = d.dependent();
        return (d.relation().equals("advmod") || d.relation().equals("neg"))
                && negations.contains(s.token(w).word().toLowerCase(Locale.ROOT))
                && !(w > 0 && s.token(w - 1).word().equals(","));
    }

    /**
     * Whether a noun names people, by its lemma: a title, a state's people, a
     * crowd, members of an armed group, adversaries, or any other noun for
     * people ("the delegation", "two men").
     */
    public boolean namesPeople(String lemma) {
        return isTitle(lemma) || peopleNouns.contains(lemma) || crowdNouns.contains(lemma) || memberNouns.contains(lemma)
                || adversaryNouns.contains(lemma) || personNouns.contains(lemma);
    }

    /**
     * Whether the holder of a title acts for the state the title is of: not
     * an office of a party, a legislature's member or a church
     * ({@link #nonStateTitles()}), not a leader of anything but a state
     * ("Labour leader"; "leader" alone is read with the state the text gives).
     * A former office ("former President") still counts: what its holder did
     * in office the story may tell.
     */
    public boolean actsForItsState(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return !nonStateTitles.contains(t)
                && !(t.endsWith(" leader") && !t.equals("supreme leader"));
    }

    /**
     * Whether a noun alone names a parliament ("Parliament", "the Senate",
     * "lawmakers"): "house" does only inside a name ("the House of Commons"),
     * which the gazetteer gives.
     */
    public boolean namesAParliament(String lemma) {
        return parliamentNouns.contains(lemma) && !lemma.equals("house");
    }

    /** Whether a noun alone names a body of a state: its government, forces, police, parliament ({@link #namesAParliament}) or courts. */
    public boolean namesABody(String lemma) {
        return stateNouns.contains(lemma) || militaryNouns.contains(lemma) || policeNouns.contains(lemma) || namesAParliament(lemma)
                || courtNouns.contains(lemma);
    }

    /** Whether a word is a title of a person ("minister"), on its own or as the last word of one ("foreign minister"). */
    public boolean isTitle(String lemma) {
        return personTitles.contains(lemma);
    }

    /**
     * The verb by which someone answers what a noun asks or offers, or -1:
     * "Peru granted Chile's request", "will comply with the request of X",
     * "declined Peru's offer", "the request was turned down by Peru".
     */
    public int answeringVerb(Sentence s, int noun) {
        for (Dependency d : s.heads(noun)) {
            if (d.head() >= 0 && d.relation().matches("obj|obl:with|obl:to|nsubj:pass")
                    && answeringVerbs.contains(s.token(d.head()).lemma())) {
                return d.head();
            }
        }
        return -1;
    }

    /**
     * Whether a noun is counted or denied rather than picked out: "no
     * president", "a minister", "every leader", "any request".
     */
    public boolean quantified(Sentence s, int noun) {
        return s.dependents(noun).stream().anyMatch(d -> d.relation().equals("det")
                && quantifyingDeterminers.contains(s.token(d.dependent()).lemma()));
    }

    /**
     * Whether an oblique names on whose behalf an act is done ("at the request
     * of Chile", "on the orders of the president", "upon the invitation of
     * Peru"): its noun and what hangs from it are no target of the act.
     */
    public boolean onBehalf(Sentence s, Dependency d) {
        return d.relation().matches("(obl|nmod):(at|on|upon|per)") && behalfNouns.contains(s.token(d.dependent()).lemma());
    }

    /** All the noun lists that stand for bodies of a state, for quick tests. */
    public List<Set<String>> bodyNouns() {
        return List.of(stateNouns, militaryNouns, policeNouns, parliamentNouns, courtNouns);
    }
}
