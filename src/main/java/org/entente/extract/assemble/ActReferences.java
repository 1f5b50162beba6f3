package org.entente.extract.assemble;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;

/**
 * Reactions to an act named only by a word that points back to it: "Peru
 * closed its border with Chile. Bolivia criticised the move." The move is the
 * closing, so the criticism is about it and, through {@link Discourse#atTheDoer},
 * aimed at Peru. A reaction (praise, criticism, a rejection) that names no one
 * it is aimed at and has for its object "it", "the move" or another word for
 * any act ({@link Language#actReferences()}) is about the latest act of
 * someone else told in the same sentence before it or in the two sentences
 * before; failing that, for a noun for any act ("the move", "the decision"),
 * the act the story leads with (many sentences on, it is most often the news
 * itself). A noun made from the act's verb ("agreed ... welcomed the
 * agreement", "withdrew ... opposed the withdrawal"), or the very thing the act
 * was done to ("signed a trade agreement. ... welcomed the agreement"), names
 * the latest such act however far back it was told.
 */
final class ActReferences {
    /** How many sentences back the act referred to may be told. */
    private static final int REACH = 2;
    /** Endings that make a noun of an act from its verb: "agreement", "withdrawal", "closure", "reopening". */
    private static final Set<String> NOMINAL = Set.of("ment", "al", "ure", "ance", "ence", "ion", "ation", "ing");
    /** The last sentence of a story's opening: headline, dateline and the first two sentences of the body. */
    private static final int LEAD = 3;

    private ActReferences() {
    }

    static void link(ArticleWork article, List<Group> groups, Actors actors, Language language) {
        for (Group g : groups) {
            if (!isReaction(g)) {
                continue;
            }
            for (EventMention m : g.mentions) {
                if (!m.entry().isVerb() || m.links().stream().anyMatch(l -> l.kind().equals("theme"))) {
                    continue;
                }
                Sentence s = article.analysis().sentences().get(m.sentence());
                int object = objectOf(s, m.trigger());
                // "Peru condemned it": a thing pronoun the actors took for a state or body may be the act
                String pronounTarget = object < 0 ? null : actors.at(s.index(), object).filter(a -> a.kind() == Mention.Kind.PRONOUN)
                        .map(Mention::entity).orElse(null);
                boolean aimed = g.participants.entrySet().stream().anyMatch(p -> Group.side(p.getValue()) < 0 && !p.getKey().equals(pronounTarget));
                if (object < 0 || aimed || !pointsBack(s, object, actors, language)) {
                    continue;
                }
                EventMention act = latestActBefore(article, groups, g, m, s.token(object), language);
                if (act != null) {
                    m.link("theme", act);
                    if (pronounTarget != null) {
                        g.participants.remove(pronounTarget);
                    }
                }
            }
        }
    }

    /** A verb's object, or the subject of the small clause after it: "called it a mistake". */
    private static int objectOf(Sentence s, int verb) {
        for (Dependency d : s.dependents(verb)) {
            if (d.relation().equals("obj")) {
                return d.dependent();
            }
            if (d.relation().equals("xcomp")) {
                for (Dependency c : s.dependents(d.dependent())) {
                    if (c.relation().equals("nsubj")) {
                        return c.dependent();
                    }
                }
            }
        }
        return -1;
    }

    /** Praise or endorsement (051), a criticism (11) or a rejection (12). */
    private static boolean isReaction(Group g) {
        return g.mentions.get(0).code().value().startsWith("051") || g.mentions.get(0).code().isJudgement();
    }

    /** "it", "this", or a noun with "the", "this" or "that" and no owner, maker or content of its own. */
    private static boolean pointsBack(Sentence s, int object, Actors actors, Language language) {
        var token = s.token(object);
        if (token.tag().equals("PRP") || token.tag().equals("DT")) {
            return language.actReferences().contains(token.lemma());
        }
        if (actors.anyAt(s.index(), object)) {
            return false;
        }
        boolean definite = false;
        for (Dependency d : s.dependents(object)) {
            if (d.relation().equals("det")) {
                definite = s.token(d.dependent()).lemma().matches("the|this|that");
            } else if (d.relation().matches("nmod:poss|nmod:(by|of|against|on)|acl.*") || actors.anyAt(s.index(), d.dependent())) {
                return false;
            }
        }
        return definite && token.isNoun();
    }

    /**
     * The latest act told before a reaction by others than those reacting,
     * that the reaction's word can name: any act within reach for "it" or a
     * word for any act; an act its noun is made from, or one done to a thing
     * of that name, however far back.
     */
    private static EventMention latestActBefore(ArticleWork article, List<Group> groups, Group reaction, EventMention m, Token object,
            Language language) {
        String word = object.lemma();
        boolean anyAct = language.actReferences().contains(word);
        Set<String> reacting = sources(reaction);
        EventMention best = null;
        for (Group g : groups) {
            if (!actOfOthers(g, reaction, reacting)) {
                continue;
            }
            for (EventMention x : g.mentions) {
                boolean before = x.sentence() < m.sentence() || x.sentence() == m.sentence() && x.trigger() < m.trigger();
                boolean near = m.sentence() - x.sentence() <= REACH;
                boolean later = best == null || x.sentence() > best.sentence() || x.sentence() == best.sentence() && x.trigger() > best.trigger();
                // a noun that names the act by its verb, or the thing it was done to, may reach back further:
                // "the agreement" is the one agreed, or the one signed
                boolean named = names(article, x, object) || doneTo(article, x, word);
                if (before && (near || named) && later && (anyAct || named)) {
                    best = x;
                }
            }
        }
        return best != null || !anyAct || !object.isNoun() ? best : leadAct(groups, reaction, m, reacting);
    }

    /** Whether a group is an act, not a reaction or a saying, done by others than those reacting. */
    private static boolean actOfOthers(Group g, Group reaction, Set<String> reacting) {
        Set<String> doers = sources(g);
        return g != reaction && !isReaction(g) && !g.root().matches("01|02|10|13") && !doers.isEmpty() && Collections.disjoint(doers, reacting);
    }

    /**
     * The act the story leads with, when "the move" or "the decision" has no
     * act near it to point back to: the first told in the story's opening
     * sentences, by others than those reacting.
     */
    private static EventMention leadAct(List<Group> groups, Group reaction, EventMention m, Set<String> reacting) {
        EventMention first = null;
        for (Group g : groups) {
            if (!actOfOthers(g, reaction, reacting)) {
                continue;
            }
            for (EventMention x : g.mentions) {
                if (x.sentence() <= LEAD && x.sentence() < m.sentence()
                        && (first == null || x.sentence() < first.sentence() || x.sentence() == first.sentence() && x.trigger() < first.trigger())) {
                    first = x;
                }
            }
        }
        return first;
    }

    private static Set<String> sources(Group g) {
        Set<String> out = new HashSet<>();
        g.participants.forEach((id, r) -> {
            if (Group.side(r) > 0) {
                out.add(id);
            }
        });
        return out;
    }

    /**
     * Whether a noun names an act told by its verb: "agreed to reopen the
     * border ... welcomed the agreement", "withdrew ... opposed the withdrawal".
     */
    static boolean names(ArticleWork article, EventMention x, Token noun) {
        Token verb = article.analysis().sentences().get(x.sentence()).token(x.trigger());
        String lemma = verb.lemma();
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        // the verb and a suffix that makes a noun of an act: "agreement", "withdrawal", "closure"; not "hostage" of "host"
        if (!verb.isVerb() || !noun.isNoun() || lemma.length() < 5 || !noun.lemma().startsWith(stem)) {
            return false;
        }
        String rest = noun.lemma().substring(stem.length());
        return NOMINAL.contains(rest) || rest.startsWith("e") && NOMINAL.contains(rest.substring(1));
    }

    /** Whether an act was done to a thing of this name: "signed a trade agreement" to an agreement. */
    private static boolean doneTo(ArticleWork article, EventMention x, String word) {
        Sentence s = article.analysis().sentences().get(x.sentence());
        return s.dependents(x.trigger()).stream().anyMatch(d -> d.relation().equals("obj") && s.token(d.dependent()).lemma().equals(word));
    }
}
