package org.entente.extract.lexicon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.input.InputException;

/**
 * The words that tell who a claim comes from and how firmly it is made, and the
 * small closed classes the extractor's rules rely on, read from
 * {@code data/lexicon/cues.json} (documented in {@code data/lexicon/README.md}).
 * Every phrase is lower case; immutable once read.
 */
public record CueLexicon(
        Attribution attribution,
        List<String> future,
        List<String> hedge,
        List<String> negation,
        List<String> negationExceptions,
        List<String> negatingDeterminers,
        List<String> cancelled,
        List<String> modals,
        List<String> clauseOpeners,
        List<String> planned,
        List<String> postponed,
        List<String> ongoing,
        List<String> lightVerbs,
        List<String> sameTime,
        List<String> stateRepresentatives,
        List<String> peopleNouns,
        List<String> pairAnaphors,
        List<String> domainQualifiers,
        List<String> relatives,
        List<String> passiveAuxiliaries,
        List<String> definiteDeterminers,
        List<String> earlierQualifiers,
        List<String> openingPrepositions,
        List<String> locativePrepositions,
        List<String> possessivePronouns,
        List<String> ordinals,
        Map<String, List<String>> stanceConcepts) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    /**
     * Attribution cues.
     *
     * @param before         phrases before the source: "according to X"
     * @param after          reporting verbs after the source: "X said"
     * @param statementNouns nouns whose possessor is the source: "X's statement"
     */
    public record Attribution(List<String> before, List<String> after, List<String> statementNouns) {
        public Attribution {
            before = List.copyOf(before);
            after = List.copyOf(after);
            statementNouns = List.copyOf(statementNouns);
        }
    }

    public CueLexicon {
        future = List.copyOf(future);
        hedge = List.copyOf(hedge);
        negation = List.copyOf(negation);
        negationExceptions = List.copyOf(negationExceptions);
        negatingDeterminers = List.copyOf(negatingDeterminers);
        cancelled = List.copyOf(cancelled);
        modals = List.copyOf(modals);
        clauseOpeners = List.copyOf(clauseOpeners);
        planned = List.copyOf(planned);
        postponed = List.copyOf(postponed);
        ongoing = List.copyOf(ongoing);
        lightVerbs = List.copyOf(lightVerbs);
        sameTime = List.copyOf(sameTime);
        stateRepresentatives = List.copyOf(stateRepresentatives);
        peopleNouns = List.copyOf(peopleNouns);
        pairAnaphors = List.copyOf(pairAnaphors);
        domainQualifiers = List.copyOf(domainQualifiers);
        relatives = List.copyOf(relatives);
        passiveAuxiliaries = List.copyOf(passiveAuxiliaries);
        definiteDeterminers = List.copyOf(definiteDeterminers);
        earlierQualifiers = List.copyOf(earlierQualifiers);
        openingPrepositions = List.copyOf(openingPrepositions);
        locativePrepositions = List.copyOf(locativePrepositions);
        possessivePronouns = List.copyOf(possessivePronouns);
        ordinals = List.copyOf(ordinals);
        stanceConcepts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stanceConcepts));
    }

    public static CueLexicon read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), CueLexicon.class);
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read the cue lexicon: " + e.getMessage());
        }
    }

    /** The concept a stance phrase stands for ("peaceful resolution" is "peace"), or the phrase itself. */
    public String stanceConcept(String phrase) {
        String p = phrase.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestLength = 0;
        for (var e : stanceConcepts.entrySet()) {
            for (String w : e.getValue()) {
                if ((p.equals(w) || p.endsWith(" " + w) || p.startsWith(w + " ")) && w.length() > bestLength) {
                    best = e.getKey();
                    bestLength = w.length();
                }
            }
        }
        return best != null ? best : p;
    }
}
