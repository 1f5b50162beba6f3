package org.entente.extract.factuality;

import java.util.List;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.Language;

/**
 * How firmly an event is stated and whether it has happened, from the words
 * that govern its trigger within its clause: negation, modals, hedges,
 * forecasts, plans, refusals, cancellations and conditions. Who says so is
 * {@link FactualityStage}'s reading; this one reads only the clause.
 */
final class Modality {
    private final Language language;

    Modality(Language language) {
        this.language = language;
    }

    /**
     * Status and factuality from the words that govern a trigger within its
     * clause: negation (also of its subject, "no president was removed"),
     * modals, hedges, predictions, plans, refusals and cancellations. An event
     * told only as a condition ("if Chile attacked Peru") is no event of its
     * own and is kept out of the claims, as the content of a demand is.
     */
    void read(Sentence s, EventMention e, List<Integer> path) {
        Token trigger = s.token(e.trigger());
        boolean hedged = false;
        boolean planned = false;
        boolean predicted = false;
        boolean negated = false;
        for (int i = 0; i < path.size() && i < 4; i++) {
            int t = path.get(i);
            Token token = s.token(t);
            if (i > 0 && enteredFromAnAdverbialClause(s, path.get(i - 1), t)) {
                break;
            }
            if (s.dependents(t).stream().anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).lemma().matches("if|unless|whether"))) {
                // "if Chile attacked Peru": a condition states no event
                e.markContent();
                return;
            }
            if (i > 0 && enteredAsComplement(s, path.get(i - 1), t) && (language.enablingVerbs().contains(token.lemma()) && provides(s, t)
                    || language.permissionVerbs().contains(token.lemma()) && passive(s, t))) {
                // "a bill that would allow Chile to extradite ...", "the monarch is allowed to prorogue ...":
                // what a provision allows, or what someone is permitted to do, is content, no event
                e.markContent();
                return;
            }
            if (i > 0) {
                String lemma = token.lemma();
                if (language.cancelVerbs().contains(lemma) && (!lemma.equals("call") || hasParticle(s, t, "off"))) {
                    negated = true;
                } else if (language.refusalVerbs().contains(lemma) && (enteredAsComplement(s, path.get(i - 1), t)
                        || i >= 2 && s.hangsFrom(path.get(i - 2), path.get(i - 1), "acl:to") && s.hangsFrom(path.get(i - 1), t, "obj")
                        && language.plannedVerbs().contains(s.token(path.get(i - 1)).lemma()))) {
                    // "refused to host a summit", "declined the offer to host a summit": a summit proposed and not held;
                    // "rejected the offer": the offer was made; "rejected Chile's decision to expel": the decision stands
                    negated = true;
                    planned = true;
                } else if (language.postponeVerbs().contains(lemma) && (!lemma.equals("put") || hasParticle(s, t, "off"))) {
                    planned = true;
                } else if (language.plannedVerbs().contains(lemma) && (token.isVerb() || s.hangsFrom(path.get(i - 1), t, "xcomp")
                        || s.hangsFrom(path.get(i - 1), t, "acl:to") && !fulfilled(s, t))
                        // "offered its condolences", "offered an apology": offering words of sympathy or regret gives them
                        && !(i == 1 && e.carriedBy(s, t) && e.code().root().matches("01|05"))) {
                    // "plans to visit", "an offer to mediate", and "is due to visit"; not "cancelled due to the protests"
                    planned = true;
                } else if (language.predictiveWords().contains(lemma)) {
                    planned = true;
                    predicted = true;
                } else if (language.hedgeVerbs().contains(lemma) && (i == 1 || i == 2 && e.carriedBy(s, path.get(1)))) {
                    // "believed to have attacked", and "suspect the Front carried out the attack"
                    hedged = true;
                } else if (lemma.equals("deny") || lemma.equals("refute")
                        || lemma.equals("fail") && enteredAsComplement(s, path.get(i - 1), t)) {
                    // "failed to reach an agreement": none was reached
                    negated = true;
                }
                if (language.reportingVerbs().contains(lemma) && !lemma.equals("deny")) {
                    break;
                }
            }
            for (Dependency d : s.dependents(t)) {
                Token dep = s.token(d.dependent());
                String w = dep.word().toLowerCase();
                if ((language.negates(s, d) || d.relation().equals("det") && trigger.isNoun() && t == e.trigger() && language.negations().contains(w))
                        && (i == 0 || i == 1 && (isCopulaOrAux(s, t) || e.carriedBy(s, t)))) {
                    negated = true;
                } else if (i == 0 && d.relation().matches("nsubj|nsubj:pass") && s.dependents(d.dependent()).stream()
                        .anyMatch(n -> n.relation().equals("det") && s.token(n.dependent()).lemma().equals("no"))) {
                    // "no president has been removed"
                    negated = true;
                } else if (d.relation().equals("aux") && language.hedgeModals().contains(w)) {
                    hedged = true;
                    // "may impose sanctions": not yet done; "may have imposed": done, perhaps
                    planned |= w.matches("may|might") && token.tag().equals("VB") && s.dependents(t).stream()
                            .noneMatch(a -> a.relation().equals("aux") && s.token(a.dependent()).lemma().equals("have"));
                } else if (d.relation().equals("aux") && (language.futureModals().contains(w) || language.obligationModals().contains(w))) {
                    planned = true;
                } else if ((d.relation().equals("advmod") || d.relation().equals("amod")) && language.hedgeWords().contains(dep.lemma())) {
                    if (dep.lemma().equals("likely")) {
                        predicted = true;
                        planned = true;
                    } else {
                        hedged = true;
                    }
                } else if (d.relation().equals("amod") && t == e.trigger()) {
                    // "the planned summit", "a possible meeting", "future talks"
                    boolean possible = language.possibleAdjectives().contains(dep.lemma());
                    boolean expected = !possible && language.expectedAdjectives().contains(dep.lemma());
                    planned |= possible || expected || language.plannedAdjectives().contains(dep.lemma());
                    hedged |= possible;
                    predicted |= expected;
                }
            }
        }
        if (planned) {
            e.status(EventStatus.PLANNED);
        } else if (e.type() != null && e.type().name().equals("ArmedConflict") || ongoing(s, e.trigger())) {
            e.status(EventStatus.ONGOING);
        }
        if (negated) {
            e.factuality(Factuality.NEGATED);
        } else if (predicted) {
            e.factuality(Factuality.PREDICTED);
        } else if (hedged) {
            e.factuality(Factuality.HEDGED);
        }
    }

    /**
     * Whether a word hangs from its governor as an adverbial clause ("As the war
     * persists, talks will ...") or as a clause the parser could not name (a
     * participle after a comma, "..., making their cooperation a factor"): the
     * governor's modals and hedges are not its own.
     */
    private static boolean enteredFromAnAdverbialClause(Sentence s, int child, int parent) {
        return s.hangsFrom(child, parent, "advcl.*|dep");
    }

    /** Whether a word hangs from its governor as a complement clause ("refused to attend", "rejected that ..."). */
    private static boolean enteredAsComplement(Sentence s, int child, int parent) {
        return s.hangsFrom(child, parent, "xcomp|ccomp");
    }

    /** Whether a promise or plan is one its owner keeps or carries out: "kept its pledge to", "carried out its plan to". */
    private boolean fulfilled(Sentence s, int noun) {
        return s.heads(noun).stream().anyMatch(d -> d.head() >= 0 && d.relation().equals("obj")
                && language.fulfillingVerbs().contains(s.token(d.head()).lemma()));
    }

    /** Whether a verb is in the passive: "is allowed", "was authorised". */
    private static boolean passive(Sentence s, int verb) {
        return s.dependents(verb).stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
    }

    /** Whether a verb's subject is a provision ("the law allows"), or the verb tells of one it hangs from ("a bill that would allow"). */
    private boolean provides(Sentence s, int verb) {
        return s.dependents(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj") && language.provisionNouns().contains(s.token(d.dependent()).lemma()))
                || s.heads(verb).stream().anyMatch(d -> d.relation().startsWith("acl") && d.head() >= 0
                        && language.provisionNouns().contains(s.token(d.head()).lemma()));
    }

    /**
     * Whether a noun tells of an act still going on: "the ongoing repression
     * of farmers", or said of someone in the present tense ("X is a critic of
     * Y", "X is in conflict with Y").
     */
    private boolean ongoing(Sentence s, int trigger) {
        if (!s.token(trigger).isNoun()) {
            return false;
        }
        return s.dependents(trigger).stream().anyMatch(d -> d.relation().equals("cop") && s.token(d.dependent()).tag().matches("VBZ|VBP")
                || d.relation().equals("amod") && language.ongoingWords().contains(s.token(d.dependent()).lemma()));
    }

    private static boolean isCopulaOrAux(Sentence s, int t) {
        return s.token(t).lemma().matches("do|be|have");
    }

    private static boolean hasParticle(Sentence s, int verb, String particle) {
        return s.dependents(verb).stream().anyMatch(d -> s.token(d.dependent()).lemma().equals(particle));
    }
}
