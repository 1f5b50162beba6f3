package org.entente.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.Language;

/**
 * The frame of a mention whose trigger is a noun: who the act is of, by, for
 * or against, read from the noun's modifiers ("Chile's criticism of Peru",
 * "sanctions against Peru") and from the arcs of the light verb that carries
 * it ("Chile imposed sanctions on Peru"), with the subject of the clause above
 * where the noun has none of its own.
 */
final class NounFrame {
    private NounFrame() {
    }

    static Frame of(Sentence s, int t, EventMention e, Language language) {
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
            } else if (r.matches("nmod:(against|on|upon|at|to|toward|towards|for|into)") && !Clauses.isTime(s, d.dependent())
                    && !language.onBehalf(s, d)) {
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
        Doers.doneBy(s, t, f, language);
        Doers.cameFrom(s, t, f, language);
        if (e.code().root().equals("02")) {
            // "at the request of X, Y suspended parliament": Y was asked.
            s.heads(t).stream().filter(d -> d.head() >= 0 && d.relation().matches("obl:(at|upon|on|per)"))
                    .flatMap(d -> s.dependents(d.head()).stream()).filter(d -> d.relation().equals("nsubj"))
                    .forEach(d -> f.targets.add(d.dependent()));
        }
        if (f.targets.isEmpty() && e.code().isAnswerable()) {
            answeredBy(s, t, f, language);
        }
        if (f.targets.isEmpty() && (e.code().isJudgement() || e.code().root().equals("14"))) {
            // "Bolivia reopened the border despite criticism by Chile": the criticism is of whoever went ahead
            s.heads(t).stream().filter(d -> d.head() >= 0 && d.relation().matches("obl:(despite|in_spite_of)"))
                    .forEach(d -> f.targets.addAll(Clauses.dependents(s, d.head(), "nsubj")));
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
                    || language.drawingVerbs().contains(verb.lemma()) && up.relation().equals("obj");
            for (Dependency d : s.dependents(v)) {
                String r = d.relation();
                if (undergoing && r.equals("nsubj")) {
                    f.targets.add(d.dependent());
                } else if (!passive && r.matches("nsubj|nsubj:xsubj") || r.equals("obl:agent")) {
                    f.sources.add(d.dependent());
                } else if (up.relation().startsWith("obl") && (r.equals("obj") || passive && r.equals("nsubj:pass"))) {
                    // "placed X under arrest", "X was put under house arrest": who is put under the act undergoes it
                    f.targets.add(d.dependent());
                } else if (r.matches("obl:(against|on|upon|at|to|toward|towards|into)|iobj") && !Clauses.isTime(s, d.dependent())
                        && !language.onBehalf(s, d)) {
                    f.targets.add(d.dependent());
                } else if (r.matches("obl:(with|between)")) {
                    f.others.add(d.dependent());
                }
            }
            if (f.sources.isEmpty()) {
                Frame.inheritSubject(s, v, f, language);
                // "accused the Front of carrying out the attack": the attack is the Front's
                Doers.objectOfTheVerbAbove(s, v, f);
            } else {
                Frame inherited = new Frame();
                Frame.inheritSubject(s, v, inherited, language);
                f.fallback.addAll(inherited.sources);
            }
        }
        return f;
    }

    /**
     * Who answers a request, demand or offer was asked or offered it: "Peru
     * granted Chile's request", "Chile rejected a demand by Peru", "agreed to
     * comply with the request of X", "declined Peru's offer to mediate", "the
     * request was turned down by Peru".
     */
    private static void answeredBy(Sentence s, int t, Frame f, Language language) {
        int verb = language.answeringVerb(s, t);
        if (verb < 0) {
            return;
        }
        if (s.hangsFrom(t, verb, "nsubj:pass")) {
            f.targets.addAll(Clauses.dependents(s, verb, "obl:agent"));
        } else {
            f.targets.addAll(Clauses.dependents(s, verb, "nsubj"));
            f.targets.addAll(Clauses.dependents(s, verb, "nsubj:xsubj"));
        }
        f.targets.removeAll(f.sources);
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
     * gifts (roots 01 to 07), demands, disapproval, rejections and threats
     * (10 to 13), and sanctions ("faced sanctions from the EU", 163); not
     * withdrawals, expulsions or flights "from" a place.
     */
    private static boolean fromIsSource(EventMention e) {
        int root = e.code().rootNumber();
        return root >= 1 && root <= 7 || root >= 10 && root <= 13 || e.code().value().startsWith("163");
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
}
