package org.entente.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.claims.SituationType;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.Language;

/**
 * The tokens of a sentence that give an event mention its source, its target
 * and the other side of an exchange, read from the dependency parse: a verb's
 * own arcs, a noun's modifiers and the arcs of the light verb that carries it,
 * and, where the mention has no subject of its own, the subject of the clause
 * it depends on; {@link Doers} adds whom an act is put down to beyond
 * those arcs. Which actors those tokens stand for is {@link StandsFor}'s.
 */
final class Frame {
    final List<Integer> sources = new ArrayList<>();
    final List<Integer> targets = new ArrayList<>();
    final List<Integer> others = new ArrayList<>();
    /**
     * Sources to fall back on when none of {@link #sources} stands for an
     * actor: the subject of a noun's light verb behind a modifier that may be
     * no actor ("placed him under house arrest": "house" is none, the one who
     * placed him is).
     */
    final List<Integer> fallback = new ArrayList<>();
    /**
     * Whom a judgement answers, to aim it at when none of {@link #targets}
     * stands for an actor: "responding to Peru's statement, Chile attacked the
     * investigation as a witch hunt" is aimed at Peru.
     */
    final List<Integer> respondedTo = new ArrayList<>();

    Frame() {
    }

    /** The frame of a mention: its trigger read as the verb or the noun its entry is. */
    static Frame of(Sentence s, int t, EventMention e, Language language) {
        return e.entry().isVerb() ? verbFrame(s, t, e, language) : NounFrame.of(s, t, e, language);
    }

    private static Frame verbFrame(Sentence s, int t, EventMention e, Language language) {
        if (e.entry().isSpeech()) {
            return speechFrame(s, t, e, language);
        }
        Frame f = new Frame();
        // "a ceasefire brokered by Brazil": a participle after its noun with a by-phrase is passive too, that phrase the doer
        boolean reduced = s.token(t).tag().equals("VBN") && s.heads(t).stream().anyMatch(d -> d.relation().equals("acl"))
                && s.dependents(t).stream().anyMatch(d -> d.relation().equals("obl:by"));
        boolean passive = reduced || s.dependents(t).stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
        for (Dependency d : s.dependents(t)) {
            String r = d.relation();
            if (r.equals("nsubj") && toBefore(s, t, d.dependent())) {
                continue;
            }
            if (!passive && r.equals("nsubj:xsubj")) {
                f.sources.addAll(Clauses.controller(s, t, d.dependent(), language));
            } else if (!passive && (r.equals("nsubj") || r.equals("nsubj:outer")) || r.equals("obl:agent") || reduced && r.equals("obl:by")) {
                f.sources.add(d.dependent());
            } else if (passive && r.equals("nsubj:pass") && ownForces(s, t, d.dependent(), e, language)) {
                // "Chilean troops were deployed to the border": forces moved are their own state's doing
                f.sources.add(d.dependent());
            } else if (!passive && (r.equals("obj") || r.equals("iobj")) || r.equals("nsubj:pass")
                    || passive && r.matches("nsubj|nsubj:xsubj")) {
                if (!"topic".equals(e.entry().objectIs())) {
                    f.targets.add(d.dependent());
                }
                if (!passive && e.entry().takesObject(s.token(d.dependent()))) {
                    sidesOfTheObject(s, d.dependent(), e, f);
                }
                if (!passive && e.code().root().matches("02|10")) {
                    // "demanded an apology from Peru", "sought help from Chile": whom it is asked of
                    f.targets.addAll(Clauses.dependents(s, d.dependent(), "nmod:from"));
                }
                if (!passive && e.code().root().equals("03") && r.equals("obj")) {
                    // "pledged aid to Peru", "promised support for Bolivia": whom what is promised is for
                    Clauses.dependents(s, d.dependent(), "nmod:to").stream().filter(k -> !f.targets.contains(k)).forEach(f.targets::add);
                    Clauses.dependents(s, d.dependent(), "nmod:for").stream().filter(k -> !Clauses.isTime(s, k)).forEach(f.targets::add);
                }
            } else if (r.matches("obl:(against|on|upon|at|toward|towards|to|for|from|into)") && !Clauses.isTime(s, d.dependent())) {
                // "at the request of Chile", "on the orders of the president": who asked for the act, not whom it is aimed at
                if (!language.onBehalf(s, d) && (!r.equals("obl:for") || e.code().rootNumber() >= 11)) {
                    f.targets.add(d.dependent());
                }
            } else if (r.matches("obl:(with|between)")) {
                f.others.add(d.dependent());
            } else if (r.equals("obl:in") && e.type() == SituationType.Visit && !e.code().value().startsWith("043")
                    && !Clauses.isTime(s, d.dependent())) {
                // "arrived in La Paz": the place visited stands for its host; not where a host receives ("hosted X in Santiago")
                f.targets.add(d.dependent());
            } else if (r.matches("obl:(outside|in_front_of)") && e.code().root().matches("11|14")) {
                // "protested outside the Chilean embassy"
                f.targets.add(d.dependent());
            } else if (r.matches("advcl.*|ccomp|xcomp") && e.code().root().equals("02") && s.markedBy(d.dependent(), Set.of("for"))) {
                // "called for NATO members to increase spending": those asked are the clause's subject.
                for (Dependency c : s.dependents(d.dependent())) {
                    if (c.relation().equals("nsubj")) {
                        f.targets.add(c.dependent());
                        s.dependents(c.dependent()).stream().filter(m -> m.relation().equals("compound"))
                                .forEach(m -> f.targets.add(m.dependent()));
                    }
                }
            }
        }
        if (e.code().isJudgement()) {
            f.respondedTo.addAll(Clauses.respondedTo(s, t, language));
        }
        if (f.targets.isEmpty() && e.code().isJudgement() && "clause".equals(e.entry().complement())) {
            // "the court ruled that the president's decree was unlawful", "charged that Peru had broken the truce":
            // a judgement told in a clause is aimed at the clause's subject, or at whose act that subject is; not a
            // clause that clears its subject ("ruled that Peru had not violated the treaty", "had no obligation to"),
            // nor a pronoun, which is as often the judge itself ("ruled that it lacked jurisdiction")
            for (int clause : Clauses.dependents(s, t, "ccomp")) {
                if (!clears(s, clause, language)) {
                    s.dependents(clause).stream().filter(d -> d.relation().matches("nsubj(:pass)?"))
                            .map(Dependency::dependent).filter(k -> !s.token(k).tag().startsWith("PRP")).forEach(f.targets::add);
                }
            }
        }
        if (f.targets.isEmpty() && e.code().root().matches("03|12|13")) {
            // "offered to help Peru", "refused to provide the network with a licence", "threatened to cut gas
            // supplies to Peru": whom the offered, refused or threatened act was for
            for (Dependency d : s.dependents(t)) {
                if (d.relation().equals("xcomp")) {
                    for (Dependency o : s.dependents(d.dependent())) {
                        if (o.relation().matches("obj|iobj|obl:(to|against|on|from)") && !Clauses.isTime(s, o.dependent())) {
                            f.targets.add(o.dependent());
                        }
                    }
                }
            }
        }
        if (e.code().root().equals("13")) {
            // "threatened to close the border if Peru did not withdraw": a threat is aimed at whom its condition is put to
            List<Integer> conditions = new ArrayList<>();
            for (Dependency d : s.dependents(t)) {
                if (d.relation().equals("xcomp")) {
                    s.dependents(d.dependent()).stream().filter(c -> c.relation().matches(CONDITION)).forEach(c -> conditions.add(c.dependent()));
                } else if (d.relation().matches(CONDITION)) {
                    conditions.add(d.dependent());
                }
            }
            conditions.forEach(c -> f.targets.addAll(Clauses.dependents(s, c, "nsubj")));
        }
        if (e.entry().isExperiencer()) {
            // "Peru's decision angered Bolivia", "Bolivia was disappointed with Peru's decision": the one moved
            // disapproves of what moved them
            List<Integer> causes = s.dependents(t).stream().filter(d -> d.relation().matches("obl:(with|at|over|about)"))
                    .map(Dependency::dependent).toList();
            f.targets.removeAll(causes);
            f.others.removeAll(causes);
            f.sources.addAll(causes);
            List<Integer> moved = List.copyOf(f.targets);
            f.targets.clear();
            f.targets.addAll(f.sources);
            f.sources.clear();
            f.sources.addAll(moved);
            return f;
        }
        if (f.sources.isEmpty() && !passive) {
            inheritSubject(s, t, f, language);
            Doers.objectOfTheVerbAbove(s, t, f);
        } else if (f.sources.isEmpty() && f.targets.isEmpty()) {
            Frame inherited = new Frame();
            inheritSubject(s, t, inherited, language);
            f.targets.addAll(inherited.sources);
        }
        return f;
    }

    /** Whether a clause clears its subject: "had not violated the treaty", "had no obligation to negotiate". */
    private static boolean clears(Sentence s, int clause, Language language) {
        return s.dependents(clause).stream().anyMatch(c -> language.negates(s, c) || c.relation().equals("obj")
                && s.dependents(c.dependent()).stream().anyMatch(n -> n.relation().equals("det") && s.token(n.dependent()).lemma().equals("no")));
    }

    /** The arcs of a condition: "if Peru does not withdraw", "unless Bolivia apologises". */
    private static final String CONDITION = "advcl:(if|unless)";

    /** Verbs by which a state moves its own forces. */
    private static final String MOVING = "deploy|redeploy|send|station|mobilise|mobilize|mass|withdraw|pull|evacuate";

    /**
     * Whether the passive subject of a verb that moves forces names forces
     * moved by their own state, with no one else said to move them ("Chilean
     * troops were deployed", not "rebel forces were disarmed by the army").
     */
    private static boolean ownForces(Sentence s, int verb, int word, EventMention e, Language language) {
        return s.token(verb).lemma().matches(MOVING) && e.entry().takesObject(s.token(word))
                && language.militaryNouns().contains(s.token(word).word().toLowerCase(java.util.Locale.ROOT))
                && s.dependents(verb).stream().noneMatch(d -> d.relation().equals("obl:agent"));
    }

    /**
     * Whom the object names beside it: "lifted sanctions on Peru", "suspended
     * talks with Chile", "cut ties with Bolivia" are done to them; "restored
     * relations with Peru" is done with them.
     */
    private static void sidesOfTheObject(Sentence s, int object, EventMention e, Frame f) {
        int root = e.code().rootNumber();
        for (Dependency n : s.dependents(object)) {
            if (n.relation().matches("nmod:(on|against|to)")) {
                f.targets.add(n.dependent());
            } else if (n.relation().matches("nmod:(with|between)")) {
                (root >= 8 ? f.targets : f.others).add(n.dependent());
            }
        }
    }

    /**
     * Whether an infinitive's subject comes after a "to" of its own: "came to
     * Iraq to fight ISIS" parsed as if Iraq were to fight; the one who came is.
     */
    private static boolean toBefore(Sentence s, int verb, int subject) {
        return s.token(verb).tag().equals("VB") && s.dependents(verb).stream()
                .anyMatch(m -> m.relation().equals("mark") && m.dependent() < subject && s.token(m.dependent()).lemma().equals("to"));
    }

    /**
     * A verb of saying: its subject speaks, or the name after it ("…," said
     * X); whom it is said to is its recipient; and whom saying that judges
     * badly is about is its target.
     */
    private static Frame speechFrame(Sentence s, int t, EventMention e, Language language) {
        Frame f = new Frame();
        if (e.code().root().equals("11")) {
            // "'He is a reckless leader,' Quispe said": whom the said words judge is their subject
            for (int clause : s.reportedClauses(t)) {
                Clauses.dependents(s, clause, "nsubj").stream().filter(k -> !language.isFirstPerson(s.token(k))).forEach(f.targets::add);
            }
        }
        for (Dependency d : s.dependents(t)) {
            if (d.relation().equals("nsubj") || d.relation().equals("obl:agent")) {
                f.sources.add(d.dependent());
            } else if (d.relation().matches("obl:to|iobj")) {
                f.targets.add(d.dependent());
            }
        }
        if (f.sources.isEmpty()) {
            // '"...," said Arancibia'; not "cannot tell us", whose object is told.
            for (Dependency d : s.dependents(t)) {
                if (d.relation().equals("obj") && d.dependent() > t && !s.token(d.dependent()).tag().startsWith("PRP")) {
                    f.sources.add(d.dependent());
                }
            }
        }
        if (f.sources.isEmpty()) {
            inheritSubject(s, t, f, language);
        }
        if (f.targets.isEmpty() && e.code().root().matches("03|13")) {
            // "Peru said it would send aid to Bolivia", "'We will close the border with Peru'": whom the said act is for
            for (int clause : s.reportedClauses(t)) {
                for (Dependency o : s.dependents(clause)) {
                    if (o.relation().matches("obj|iobj|obl:(to|against|on|from)") && !Clauses.isTime(s, o.dependent())) {
                        f.targets.add(o.dependent());
                    }
                    if (o.relation().equals("obj")) {
                        sidesOfTheObject(s, o.dependent(), e, f);
                    }
                }
            }
        }
        return f;
    }

    /**
     * A verb without a subject of its own takes that of the verb it depends on
     * ("…, accusing Iran of …", "leaders gathered to commemorate …", also when
     * the parser reads the infinitive as an oblique with "to").
     */
    static void inheritSubject(Sentence s, int t, Frame f, Language language) {
        for (Dependency up : s.heads(t)) {
            boolean purpose = up.relation().equals("obl:to") && s.token(t).tag().equals("VB");
            // "..., calling it an aggression", "..., having first placed him under arrest": a participle after a
            // comma that the parser could not name
            boolean participle = up.relation().equals("dep") && (s.token(t).tag().equals("VBG") || s.token(t).tag().equals("VBN")
                    && s.dependents(t).stream().anyMatch(d -> d.relation().equals("aux") && s.token(d.dependent()).lemma().equals("have")));
            // "he is due to meet X": an infinitive the parser took for a complement clause is still an infinitive
            boolean infinitive = up.relation().equals("ccomp") && s.markedBy(t, Set.of("to")) && s.token(t).tag().equals("VB");
            // "voted on a resolution to expel ...", "approved a plan to withdraw ...": the act the text is for is done by whoever
            // votes on it or adopts it; not a name the parser hung the infinitive on ("forces are in Iraq ... to defeat")
            boolean textFor = up.relation().equals("acl:to") && up.head() >= 0 && !s.token(up.head()).tag().startsWith("NNP");
            if ((up.relation().matches("advcl.*|xcomp|conj.*|acl") || purpose || participle || infinitive || textFor) && up.head() >= 0) {
                for (Dependency d : s.dependents(up.head())) {
                    if (d.relation().equals("nsubj")) {
                        f.sources.add(d.dependent());
                    }
                }
                if (up.relation().startsWith("acl")) {
                    (s.token(t).tag().equals("VBN") ? f.targets : f.sources).add(up.head());
                    // "announced a decision to expel", but not "announced Peru's decision to expel", which is Peru's
                    boolean owned = s.dependents(up.head()).stream().anyMatch(o -> o.relation().matches("nmod:(poss|by)"));
                    for (Dependency above : s.heads(up.head())) {
                        boolean adopting = !owned && above.relation().matches("obj|obl:(on|for)")
                                && language.adoptingVerbs().contains(s.token(above.head()).lemma());
                        if (above.head() >= 0 && (textFor ? adopting : above.relation().matches("obj|obl.*"))) {
                            f.sources.addAll(subjectThroughParticiple(s, above.head()));
                        }
                    }
                }
            }
        }
    }

    /**
     * The subject of a verb, or, when the verb is a participle of its own with
     * none ("Chile has been vocal about peace, exemplified by the group ..."),
     * the subject of the clause the participle hangs from.
     */
    private static List<Integer> subjectThroughParticiple(Sentence s, int verb) {
        List<Integer> own = Clauses.dependents(s, verb, "nsubj");
        if (!own.isEmpty() || !s.token(verb).tag().matches("VBN|VBG")) {
            return own;
        }
        return s.heads(verb).stream().filter(d -> d.head() >= 0 && d.relation().matches("dep|advcl.*"))
                .flatMap(d -> Clauses.dependents(s, d.head(), "nsubj").stream()).toList();
    }
}
