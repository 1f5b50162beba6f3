package org.entente.extract.roles;

import java.util.List;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.pipeline.Language;

/**
 * Who an act is put down to where its trigger's own arcs do not say: the
 * agent of a participle on a noun, whom it is ascribed to or blamed on or
 * for, who
 * claims responsibility for it, whom it came from, and the object of the
 * verb above a gerund (which takes the place of the subject a bare gerund
 * would inherit). Each gives the sources of a {@link Frame}. (A subject
 * the parser ran into an opening phrase, "on Sunday President X signed", is
 * mended in the parse itself.)
 */
final class Doers {
    private Doers() {
    }

    /**
     * Who a noun's act is put down to: the agent of a participle on it ("the
     * attack, carried out by the Front"), the one it is ascribed to ("a
     * bombing attributed to the Front", "the attack was blamed on the Front",
     * "Peru blamed the Front for the attack"), and
     * who claims or takes responsibility for it ("the Front claimed
     * responsibility for the attack").
     */
    static void doneBy(Sentence s, int t, Frame f, Language language) {
        for (Dependency d : s.dependents(t)) {
            if (!d.relation().startsWith("acl") || !s.token(d.dependent()).tag().matches("VBN|VBD")) {
                continue;
            }
            boolean ascribing = language.ascribingVerbs().contains(s.token(d.dependent()).lemma());
            for (Dependency a : s.dependents(d.dependent())) {
                if (a.relation().matches("obl:(agent|by)") || ascribing && a.relation().matches("obl:(to|on)")) {
                    f.sources.add(a.dependent());
                }
            }
        }
        for (Dependency up : s.heads(t)) {
            if (up.head() < 0) {
                continue;
            }
            if (up.relation().equals("nsubj:pass") && language.ascribingVerbs().contains(s.token(up.head()).lemma())) {
                // "the bombing was attributed to the Front"
                s.dependents(up.head()).stream().filter(a -> a.relation().matches("obl:(to|on)")).forEach(a -> f.sources.add(a.dependent()));
            } else if (up.relation().equals("obl:for") && s.token(up.head()).lemma().equals("blame")) {
                // "Peru blamed the Front for the bombing", "the Front was blamed for the bombing"
                f.sources.addAll(Clauses.dependents(s, up.head(), "obj"));
                f.sources.addAll(Clauses.dependents(s, up.head(), "nsubj:pass"));
            } else if (up.relation().equals("nmod:for") && s.token(up.head()).lemma().equals("responsibility")) {
                for (Dependency verb : s.heads(up.head())) {
                    if (verb.head() >= 0 && verb.relation().equals("obj") && language.owningVerbs().contains(s.token(verb.head()).lemma())) {
                        f.sources.addAll(Clauses.dependents(s, verb.head(), "nsubj"));
                    }
                }
            }
        }
    }

    /**
     * Who a noun's act came from: "condemnation came from Peru", "statements
     * of condemnation have come from Peru and Chile", "messages of support
     * poured in from Bolivia", "the plan drew condemnation from Peru". Who
     * drew it is its target: {@link Frame} reads the subject of a drawing
     * verb ({@link Language#drawingVerbs}) that carries the noun so.
     */
    static void cameFrom(Sentence s, int t, Frame f, Language language) {
        int noun = t;
        for (Dependency up : s.heads(t)) {
            if (up.head() >= 0 && up.relation().equals("nmod:of") && s.token(up.head()).isNoun()) {
                noun = up.head();
            }
        }
        for (Dependency up : s.heads(noun)) {
            if (up.head() < 0) {
                continue;
            }
            String verb = s.token(up.head()).lemma();
            if (up.relation().equals("nsubj") && language.arrivingVerbs().contains(verb) || up.relation().equals("obj") && language.drawingVerbs().contains(verb)) {
                f.sources.addAll(Clauses.dependents(s, up.head(), "obl:from"));
            }
        }
    }

    /**
     * Who does an act told as a gerund after the object of the verb it hangs
     * from: the object. In "Chile accused Peru of shelling the border",
     * "thanked Peru for hosting the talks" or "stopped Peru from closing the
     * port" the gerund is done by the one accused, thanked or stopped, not by
     * the subject a bare gerund would otherwise take; so too by the subject of
     * such a verb in the passive ("Peru was accused of shelling ...").
     */
    static void objectOfTheVerbAbove(Sentence s, int t, Frame f) {
        for (Dependency up : s.heads(t)) {
            int verb = up.head();
            if (verb < 0 || !up.relation().matches("advcl:(of|for|from|against)") || !s.token(t).tag().equals("VBG")) {
                continue;
            }
            List<Integer> controller = s.dependents(verb).stream().filter(d -> d.relation().matches("obj|nsubj:pass"))
                    .map(Dependency::dependent).toList();
            boolean ownSubject = s.dependents(t).stream().anyMatch(d -> d.relation().matches("nsubj|nsubj:pass"));
            if (controller.isEmpty() || ownSubject) {
                continue;
            }
            f.sources.clear();
            f.sources.addAll(controller);
            f.targets.removeAll(controller);
        }
    }
}
