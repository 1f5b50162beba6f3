package org.entente.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.claims.SituationType;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
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

    private Frame() {
    }

    /** The frame of a mention: its trigger read as the verb or the noun its entry is. */
    static Frame of(Sentence s, int t, EventMention e, Language language) {
        return e.entry().isVerb() ? verbFrame(s, t, e, language) : nounFrame(s, t, e);
    }

    private static Frame verbFrame(Sentence s, int t, EventMention e, Language language) {
        if (e.entry().isSpeech()) {
            return speechFrame(s, t, e, language);
        }
        Frame f = new Frame();
        boolean passive = s.dependents(t).stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
        for (Dependency d : s.dependents(t)) {
            String r = d.relation();
            if (r.equals("nsubj") && toBefore(s, t, d.dependent())) {
                continue;
            }
            if (!passive && r.equals("nsubj:xsubj")) {
                f.sources.addAll(Clauses.controller(s, t, d.dependent(), language));
            } else if (!passive && (r.equals("nsubj") || r.equals("nsubj:outer")) || r.equals("obl:agent")) {
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
            } else if (r.matches("obl:(against|on|upon|at|toward|towards|to|for|from|into)") && !Clauses.isTime(s, d.dependent())) {
                if (!r.equals("obl:for") || e.code().rootNumber() >= 11) {
                    f.targets.add(d.dependent());
                }
            } else if (r.matches("obl:(with|between)")) {
                f.others.add(d.dependent());
            } else if (r.equals("obl:in") && e.type() == SituationType.Visit && !Clauses.isTime(s, d.dependent())) {
                // "arrived in La Paz": the place visited stands for its host
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
        if (f.sources.isEmpty() && !passive) {
            inheritSubject(s, t, f);
            Doers.objectOfTheVerbAbove(s, t, f);
        } else if (f.sources.isEmpty() && f.targets.isEmpty()) {
            Frame inherited = new Frame();
            inheritSubject(s, t, inherited);
            f.targets.addAll(inherited.sources);
        }
        return f;
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
     * The arcs by which a noun's light verb may carry it: its own, or those of
     * the amount it is counted in ("pledged $50 million in aid", "sent 300
     * tonnes of grain", "ordered three days of mourning") or the note it is
     * written in ("sent a note of protest").
     */
    private static List<Dependency> carriers(Sentence s, int t) {
        List<Dependency> out = new ArrayList<>(s.heads(t));
        for (Dependency up : s.heads(t)) {
            if (up.head() >= 0 && up.relation().matches("nmod:(in|of)")
                    && (isAmount(s.token(up.head())) || s.token(up.head()).lemma().matches("note|letter|message"))) {
                out.addAll(s.heads(up.head()));
            }
        }
        return out;
    }

    private static boolean isAmount(Token t) {
        return t.tag().equals("CD") || t.word().matches("\\p{Sc}|US\\$|[A-Z]{0,3}\\$")
                || t.lemma().matches("million|billion|trillion|tonne|ton|dollar|euro|pound|barrel|dose|worth|day|week|month|round");
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
            inheritSubject(s, t, f);
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
    private static void inheritSubject(Sentence s, int t, Frame f) {
        for (Dependency up : s.heads(t)) {
            boolean purpose = up.relation().equals("obl:to") && s.token(t).tag().equals("VB");
            // "..., calling it an aggression", "..., having first placed him under arrest": a participle after a
            // comma that the parser could not name
            boolean participle = up.relation().equals("dep") && (s.token(t).tag().equals("VBG") || s.token(t).tag().equals("VBN")
                    && s.dependents(t).stream().anyMatch(d -> d.relation().equals("aux") && s.token(d.dependent()).lemma().equals("have")));
            if ((up.relation().matches("advcl.*|xcomp|conj.*|acl") || purpose || participle) && up.head() >= 0) {
                for (Dependency d : s.dependents(up.head())) {
                    if (d.relation().equals("nsubj")) {
                        f.sources.add(d.dependent());
                    }
                }
                if (up.relation().startsWith("acl")) {
                    (s.token(t).tag().equals("VBN") ? f.targets : f.sources).add(up.head());
                    for (Dependency above : s.heads(up.head())) {
                        if (above.head() >= 0 && above.relation().matches("obj|obl.*")) {
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

    /**
     * Whether "for X" after the noun names whom the act is aimed at: support,
     * praise or aid for X, sanctions or criticism for X; not talks or a
     * meeting "for two hours" or "for peace".
     */
    private static boolean forIsTarget(EventMention e) {
        int root = e.code().rootNumber();
        return root >= 11 || root == 5 || root == 7;
    }

    /**
     * Whether "from X" after the noun names who said or gave it: words and
     * gifts (roots 01 to 07) and demands, disapproval, rejections and threats
     * (10 to 13); not withdrawals, expulsions or flights "from" a place.
     */
    private static boolean fromIsSource(EventMention e) {
        int root = e.code().rootNumber();
        return root >= 1 && root <= 7 || root >= 10 && root <= 13;
    }

    /**
     * What a relative clause is said of: the noun it hangs from, or, when the
     * parser hung "X, which ..." from a noun further back, the name just
     * before ", which".
     */
    private static int saidOf(Sentence s, int head) {
        for (Dependency d : s.dependents(head)) {
            int which = d.dependent();
            if (d.relation().equals("ref") && which >= 2 && which - 2 != head && s.token(which - 1).word().equals(",")
                    && s.token(which - 2).isProperNoun()) {
                return which - 2;
            }
        }
        return head;
    }

    private static Frame nounFrame(Sentence s, int t, EventMention e) {
        Frame f = new Frame();
        String ofIs = e.entry().ofIs() != null ? e.entry().ofIs()
                : e.code().rootNumber() >= 9 || e.code().root().equals("05") ? "target" : "source";
        boolean modifiersAreTargets = "target".equals(e.entry().modifierIs());
        // "Soleimani's killing": the possessor suffered it; "the United States' killing of Soleimani": it acted.
        boolean possessorIsTarget = "target".equals(e.entry().possessorIs())
                && s.dependents(t).stream().noneMatch(d -> d.relation().equals("nmod:of") && "target".equals(ofIs));
        for (Dependency d : s.dependents(t)) {
            String r = d.relation();
            if (r.equals("nmod:poss")) {
                (possessorIsTarget ? f.targets : f.sources).add(d.dependent());
            } else if (r.equals("nmod:by")) {
                f.sources.add(d.dependent());
            } else if (r.equals("amod") || r.equals("compound") || modifiersAreTargets && r.equals("nmod:in")) {
                // "anti-Chilean protests" are aimed at Chile
                boolean against = s.token(d.dependent()).word().toLowerCase(Locale.ROOT).startsWith("anti-");
                (modifiersAreTargets || against ? f.targets : f.sources).add(d.dependent());
            } else if (r.equals("nmod:of")) {
                (ofIs.equals("target") ? f.targets : f.sources).add(d.dependent());
            } else if (r.matches("nmod:(against|on|upon|at|to|toward|towards|for|into)") && !Clauses.isTime(s, d.dependent())) {
                if (!r.equals("nmod:for") || forIsTarget(e)) {
                    f.targets.add(d.dependent());
                    for (Dependency inner : s.dependents(d.dependent())) {
                        if (inner.relation().matches("nmod:(to|of|against|from)")) {
                            f.targets.add(inner.dependent());
                        }
                    }
                }
            } else if (r.matches("nmod:(with|between|among)")) {
                f.others.add(d.dependent());
            } else if (r.equals("nmod:from") && fromIsSource(e) && !Clauses.isTime(s, d.dependent())) {
                // "criticism from Argentina", "an offer of aid from Chile": who says or gives it
                f.sources.add(d.dependent());
            } else if (r.startsWith("acl") && s.token(d.dependent()).lemma().matches("involve|include")) {
                for (Dependency o : s.dependents(d.dependent())) {
                    if (o.relation().equals("obj")) {
                        f.others.add(o.dependent());
                    }
                }
            }
        }
        Doers.doneBy(s, t, f);
        Doers.cameFrom(s, t, f);
        if (e.code().root().equals("02")) {
            // "at the request of X, Y suspended parliament": Y was asked.
            s.heads(t).stream().filter(d -> d.head() >= 0 && d.relation().matches("obl:(at|upon|on|per)"))
                    .flatMap(d -> s.dependents(d.head()).stream()).filter(d -> d.relation().equals("nsubj"))
                    .forEach(d -> f.targets.add(d.dependent()));
        }
        if (s.dependents(t).stream().anyMatch(d -> d.relation().equals("cop"))) {
            // "Chile is in conflict with Peru", "Peru, which is in conflict with Chile": the one the noun is said of takes part.
            s.dependents(t).stream().filter(d -> d.relation().equals("nsubj")).forEach(d -> f.sources.add(d.dependent()));
            s.heads(t).stream().filter(d -> d.head() >= 0 && d.relation().equals("acl:relcl")).forEach(d -> f.sources.add(saidOf(s, d.head())));
        }
        for (Dependency up : s.heads(t)) {
            if (up.head() >= 0 && up.relation().equals("obl:as") && e.entry().sourceRole() != null && !s.token(up.head()).isVerb()) {
                f.sources.add(up.head());
                continue;
            }
            if (up.head() >= 0 && up.relation().matches("obl:as|xcomp") && e.entry().sourceRole() != null) {
                List<Integer> objects = s.dependents(up.head()).stream().filter(d -> d.relation().equals("obj"))
                        .map(Dependency::dependent).toList();
                List<Integer> subjects = s.dependents(up.head()).stream().filter(d -> d.relation().equals("nsubj"))
                        .map(Dependency::dependent).toList();
                f.sources.addAll(up.relation().equals("obl:as") && !objects.isEmpty() ? objects : subjects);
            }
        }
        for (Dependency up : carriers(s, t)) {
            int v = up.head();
            // "ordered a strike" carries the strike; "ordered mourning after the strike" does not, nor does "by
            // expressing approval of X, Y signaled ...": the act is the means, the verb no light verb of it.
            if (v < 0 || !up.relation().matches("obj|nsubj:pass|obl:.*")
                    || up.relation().matches("obl:(after|before|following|since|during|amid|amidst|despite|until|prior_to|by)")) {
                continue;
            }
            Token verb = s.token(v);
            if (!e.entry().light().contains(verb.lemma())) {
                continue;
            }
            boolean passive = s.dependents(v).stream().anyMatch(d -> d.relation().equals("aux:pass"));
            // "the capital fell under Houthi control": who falls under it undergoes the act
            boolean undergoing = verb.lemma().matches("fall|come") && up.relation().matches("obl:(under|into)")
                    // "Arancibia drew criticism", "the plan provoked condemnation": who draws it is its target
                    || verb.lemma().matches(Doers.DRAWING) && up.relation().equals("obj");
            for (Dependency d : s.dependents(v)) {
                String r = d.relation();
                if (undergoing && r.equals("nsubj")) {
                    f.targets.add(d.dependent());
                } else if (!passive && r.matches("nsubj|nsubj:xsubj") || r.equals("obl:agent")) {
                    f.sources.add(d.dependent());
                } else if (up.relation().startsWith("obl") && (r.equals("obj") || passive && r.equals("nsubj:pass"))) {
                    // "placed X under arrest", "X was put under house arrest": who is put under the act undergoes it
                    f.targets.add(d.dependent());
                } else if (r.matches("obl:(against|on|upon|at|to|toward|towards|into)|iobj") && !Clauses.isTime(s, d.dependent())) {
                    f.targets.add(d.dependent());
                } else if (r.matches("obl:(with|between)")) {
                    f.others.add(d.dependent());
                }
            }
            if (f.sources.isEmpty()) {
                inheritSubject(s, v, f);
            } else {
                Frame inherited = new Frame();
                inheritSubject(s, v, inherited);
                f.fallback.addAll(inherited.sources);
            }
        }
        return f;
    }
}
