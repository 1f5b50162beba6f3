package org.entente.extract.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.entente.claims.CameoCode;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.extract.analyse.Token;

/**
 * One entry of the event lexicon ({@code data/lexicon/events.json}): words of
 * one part of speech that signal events of one CAMEO code, and the conditions
 * under which they do. The fields are documented in {@code data/lexicon/README.md}.
 *
 * @param pos        {@code verb} or {@code noun}
 * @param words      lemmas
 * @param cameo      the CAMEO code
 * @param type       a finer event class, or null for the class of the code's root
 * @param particle   a verb's particle or preposition that must follow it ("call on", "step down")
 * @param objects    words one of which must be the verb's object, as lemma or as written ("claim responsibility", "supply weapons"); a plural listed stands for its singular too
 * @param compound   lemmas one of which must modify the noun ("phone call")
 * @param requires   lemmas one of which must modify the noun, as compound or adjective ("peace conference")
 * @param light      verbs that carry the noun ("impose sanctions"): their subject is its source
 * @param governs    for appeals, intents, demands, rejections and threats: the family whose
 *                   subcategory the complement's root picks (urge to meet: 026)
 * @param complement {@code clause}, {@code verb} or {@code any}: a complement the word must have;
 *                   {@code pejorative}: a predicate that judges the object badly ("called the strike a violation")
 * @param objectIs   what the object must be: {@code person}, {@code place}, {@code organisation},
 *                   {@code thing} (no actor), {@code host} (the host of a visit), {@code topic},
 *                   {@code mediated} (talks between others, which a third brings about)
 * @param subjectIs  what the subject must be: {@code official} (an official or a state), {@code court},
 *                   {@code crowd} (protesters, demonstrators)
 * @param needs      a preposition the word must govern ("speak with")
 * @param ofIs       the role "of" gives the noun: {@code target} ("the killing of X") by default for
 *                   hostile codes, else {@code source} ("the visit of X")
 * @param symmetric  both sides of the exchange take part alike (talks between A and B)
 * @param carried    a noun that is an event only when one of its light verbs carries it ("formed an alliance")
 * @param sourceRole the role of the source, when not initiator ({@code supplier}, {@code buyer}, {@code mediator})
 * @param targetRole the role of the target, when not target or recipient
 * @param modifierIs the role a noun's modifiers give ("the Ukraine war": {@code target}); {@code source} by default
 * @param possessorIs the role a noun's possessor gives ("his arrest": {@code target}); {@code source} by default
 * @param active     a verb that is an event only in the active voice ("X backed Y", not "Y, backed by X")
 * @param experiencer a verb whose object, or whose subject in the passive, is the one moved to disapprove by its
 *                   subject or by-phrase ("Peru's decision angered Bolivia", "Bolivia was disappointed by Peru")
 * @param speech     a verb of saying: its object is what was said, its subject (or, after a quote, its object) the speaker
 */
public record EventEntry(
        String pos,
        List<String> words,
        CameoCode cameo,
        SituationType type,
        List<String> particle,
        List<String> objects,
        List<String> compound,
        List<String> requires,
        List<String> light,
        String governs,
        String complement,
        String objectIs,
        String subjectIs,
        String needs,
        String ofIs,
        Boolean symmetric,
        Boolean carried,
        Role sourceRole,
        Role targetRole,
        String modifierIs,
        String possessorIs,
        Boolean active,
        Boolean speech,
        Boolean experiencer) {

    public EventEntry {
        if (!"verb".equals(pos) && !"noun".equals(pos)) {
            throw new IllegalArgumentException("pos must be 'verb' or 'noun', not '" + pos + "'");
        }
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException("an entry needs words");
        }
        if (cameo == null) {
            throw new IllegalArgumentException("entry " + words + " needs a CAMEO code");
        }
        if (type != null && !cameo.root().equals(type.cameoRoot())) {
            throw new IllegalArgumentException("entry " + words + ": " + type + " is not under CAMEO root " + cameo.root());
        }
        words = List.copyOf(words);
        particle = particle == null ? List.of() : List.copyOf(particle);
        objects = objects == null ? List.of() : withSingulars(objects);
        compound = compound == null ? List.of() : List.copyOf(compound);
        requires = requires == null ? List.of() : List.copyOf(requires);
        light = light == null ? List.of() : List.copyOf(light);
    }

    /**
     * The words as written, each plural beside its singular, since a text's
     * lemma is singular ("a weapon", "weapons" both lemma "weapon") while a
     * lexicon lists objects as people say them ("supply weapons").
     */
    private static List<String> withSingulars(List<String> words) {
        LinkedHashSet<String> out = new LinkedHashSet<>(words);
        for (String w : words) {
            if (w.endsWith("ies")) {
                out.add(w.substring(0, w.length() - 3) + "y");
                out.add(w.substring(0, w.length() - 1));
            } else if (w.endsWith("s") && !w.endsWith("ss")) {
                out.add(w.substring(0, w.length() - 1));
            }
        }
        return List.copyOf(out);
    }

    /** Whether a word is one of the objects the entry asks for, by its lemma or as written. */
    public boolean takesObject(Token object) {
        return objects.contains(object.lemma()) || objects.contains(object.word().toLowerCase(Locale.ROOT));
    }

    /** Whether the one the verb moves, its object or passive subject, is the source and what moves them the target. */
    public boolean isExperiencer() {
        return Boolean.TRUE.equals(experiencer);
    }

    /** Whether the noun is an event only when a light verb carries it. */
    public boolean isCarried() {
        return Boolean.TRUE.equals(carried);
    }

    /** Whether both sides of the exchange are participants. */
    public boolean isSymmetric() {
        return Boolean.TRUE.equals(symmetric);
    }

    public boolean isSpeech() {
        return Boolean.TRUE.equals(speech);
    }

    public boolean isVerb() {
        return pos.equals("verb");
    }

    /** The type events of this entry get: the finer class when given, else the class of the code's root. */
    public SituationType eventType() {
        return type != null ? type : SituationType.ofRoot(cameo.root());
    }

    /** How many conditions narrow this entry: the more, the earlier it is tried. */
    int specificity() {
        int n = 0;
        n += particle.isEmpty() ? 0 : 4;
        n += objects.isEmpty() ? 0 : 4;
        n += compound.isEmpty() ? 0 : 4;
        n += requires.isEmpty() ? 0 : 3;
        n += complement == null ? 0 : complement.equals("pejorative") ? 4 : 2;
        n += objectIs == null ? 0 : 2;
        n += subjectIs == null ? 0 : 2;
        n += needs == null ? 0 : 2;
        return n;
    }
}
