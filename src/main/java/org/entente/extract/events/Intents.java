package org.entente.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.claims.CameoCode;
import org.entente.claims.SituationType;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.pipeline.Language;

/**
 * Saying what one's own side will do is no plain statement but an expressed
 * intent, or a threat when what it will do is hostile: "Peru said it would
 * send aid", "'We will close the border,' Arancibia said", "adding Iran will
 * pursue the prosecution of X". The said clause holds a future modal and its
 * subject is the speaker, a first-person pronoun, or an actor of the
 * speaker's state. What is said to be done is then only the content of the
 * intent or threat; a threat is of force, coercion, sanctions or protest
 * (roots 13 to 20). A negated clause ("would not attend") and a judgement
 * told ahead ("said it would reject the proposal") are left alone.
 */
final class Intents {
    private final Language language;

    Intents(Language language) {
        this.language = language;
    }

    /** What the intent or threat a statement expresses is about, null when the said clause holds no event. */
    record Intent(EventMention content) {
    }

    /**
     * Recodes a plain statement that says what the speaker's side will do as
     * an intent (030) or a threat (130); empty when it says no such thing.
     */
    Optional<Intent> recode(Sentence s, EventMention statement, List<EventMention> found, Actors actors) {
        if (!statement.entry().isVerb() || !statement.code().value().equals("010")) {
            return Optional.empty();
        }
        String speaker = speaker(s, statement.trigger(), actors);
        for (int clause : s.reportedClauses(statement.trigger())) {
            if (!future(s, clause) || !ownSide(s, clause, speaker, actors)) {
                continue;
            }
            EventMention content = contentIn(s, clause, found, statement);
            if (content != null && content.code().isJudgement()) {
                // "said it would reject the proposal": a stance told ahead, neither intent nor threat
                return Optional.empty();
            }
            boolean hostile = content != null && content.code().rootNumber() >= 13;
            statement.recode(CameoCode.of(hostile ? "130" : "030"), hostile ? SituationType.Threat : SituationType.IntentToCooperate);
            return Optional.of(new Intent(content));
        }
        return Optional.empty();
    }

    /**
     * Whether a verb of reporting ({@link Language#reportingVerbs()}, the verbs
     * whose quotation frames no modality of theirs) stands beside a quotation of
     * what the speaker's side will do ('"We will close the border," Arancibia
     * said'), so that it is an act even with no complement of its own.
     */
    boolean quotes(Sentence s, int verb, Actors actors) {
        if (!language.reportingVerbs().contains(s.token(verb).lemma())) {
            return false;
        }
        String speaker = speaker(s, verb, actors);
        return s.reportedClauses(verb).stream().anyMatch(c -> future(s, c) && ownSide(s, c, speaker, actors));
    }

    /**
     * Whether a clause's verb has a future modal and no negation: "will close",
     * "would send"; or says its subject is ready to do something: "was ready
     * to attend" ({@link Language#readinessAdjectives()}).
     */
    private boolean future(Sentence s, int clause) {
        boolean modal = language.readinessAdjectives().contains(s.token(clause).lemma())
                && s.dependents(clause).stream().anyMatch(d -> d.relation().equals("xcomp"));
        for (Dependency d : s.dependents(clause)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().equals("aux") && language.futureModals().contains(w)) {
                modal = true;
            }
            if (language.negates(s, d)) {
                return false;
            }
        }
        return modal;
    }

    /** Whether the clause's subject is the speaker's side: a first-person pronoun, the speaker, or an actor of the speaker's state. */
    private boolean ownSide(Sentence s, int clause, String speaker, Actors actors) {
        for (Dependency d : s.dependents(clause)) {
            if (!d.relation().matches("nsubj|nsubj:pass")) {
                continue;
            }
            if (language.isFirstPerson(s.token(d.dependent()))) {
                return true;
            }
            if (speaker == null) {
                return false;
            }
            String state = actors.stateOf(speaker);
            return actorsOf(s, d.dependent(), actors).stream()
                    .anyMatch(id -> id.equals(speaker) || state != null && state.equals(actors.stateOf(id)));
        }
        return false;
    }

    /** The actors a token names. */
    private static List<String> actorsOf(Sentence s, int token, Actors actors) {
        return actors.allAt(s.index(), token).stream().map(Mention::entity).filter(Objects::nonNull).toList();
    }

    /**
     * Who speaks: the verb's subject, the name after it ('"...," said X'), or,
     * for a verb with neither ("..., adding ..."), the subject of the verb it
     * hangs from.
     */
    private static String speaker(Sentence s, int verb, Actors actors) {
        List<Integer> candidates = new ArrayList<>();
        s.dependents(verb).stream().filter(d -> d.relation().equals("nsubj")).forEach(d -> candidates.add(d.dependent()));
        s.dependents(verb).stream().filter(d -> d.relation().equals("obj") && d.dependent() > verb).forEach(d -> candidates.add(d.dependent()));
        if (candidates.isEmpty()) {
            s.heads(verb).stream().filter(d -> d.head() >= 0 && d.relation().matches("advcl.*|xcomp|conj.*|dep"))
                    .flatMap(d -> s.dependents(d.head()).stream()).filter(d -> d.relation().equals("nsubj"))
                    .forEach(d -> candidates.add(d.dependent()));
        }
        return candidates.stream().flatMap(c -> actorsOf(s, c, actors).stream()).findFirst().orElse(null);
    }

    /** The event the clause says will be done: at its verb, or the nearest to it inside the clause but its relative clauses. */
    private static EventMention contentIn(Sentence s, int clause, List<EventMention> found, EventMention statement) {
        // not the verb of saying beside a quotation, nor what hangs from it ("..., accusing Peru of aggression")
        Set<Integer> inside = s.subtree(clause, d -> !d.relation().equals("acl:relcl") && d.dependent() != statement.trigger());
        EventMention best = null;
        for (EventMention e : found) {
            if (e != statement && inside.contains(e.trigger())
                    && (best == null || Math.abs(e.trigger() - clause) < Math.abs(best.trigger() - clause))) {
                best = e;
            }
        }
        return best;
    }
}
