package org.entente.extract.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.claims.Claim;
import org.entente.claims.Participant;
import org.entente.claims.Role;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;

/**
 * The standing relationships an article states beside its events: support
 * ("Chile's support for Peru", "expressed approval of Peru's efforts"), and
 * alliances and partnerships between actors ("a deepening alliance between
 * Chile and Peru", "the Chilean-Peruvian partnership", "Chile has become a
 * partner for Peru"). Support is read off the act of support the earlier
 * stages found, its doers the supporters and whom it is for the supported;
 * an alliance or partnership off the noun's own modifiers. Each mention of
 * the same relationship adds its evidence to one claim per way it is told.
 */
final class Stances {
    private final Language language;

    Stances(Language language) {
        this.language = language;
    }

    /** One relationship being gathered: its situation's parts and the sentences that state it. */
    private static final class Held {
        final SituationType type;
        final Map<String, Role> participants = new LinkedHashMap<>();
        final List<String> themes = new ArrayList<>();
        final List<EventMention> mentions = new ArrayList<>();
        final Tellings told = new Tellings();

        Held(SituationType type) {
            this.type = type;
        }

        String key() {
            return type + "|" + new TreeMap<>(participants) + "|" + themes;
        }
    }

    void find(ArticleWork article, Actors actors, Map<EventMention, Group> groupOf, List<Situation> relations,
            List<Claim> claims, Set<String> named) {
        Map<String, Held> held = new LinkedHashMap<>();
        for (EventMention m : article.events()) {
            Sentence s = article.analysis().sentences().get(m.sentence());
            Token t = s.token(m.trigger());
            if (m.entry().isVerb() || !language.supportNouns().contains(t.lemma()) || m.code().rootNumber() != 5) {
                continue;
            }
            Held h = new Held(SituationType.Support);
            m.participants().forEach((id, role) -> {
                if (Group.side(role) > 0) {
                    h.participants.put(id, Role.SUPPORTER);
                } else if (Group.side(role) < 0) {
                    h.participants.put(id, Role.SUPPORTED);
                }
            });
            m.links().stream().filter(l -> l.kind().equals("theme") && l.to() != null && groupOf.containsKey(l.to()))
                    .map(l -> groupOf.get(l.to()).id).distinct().forEach(h.themes::add);
            if (h.participants.containsValue(Role.SUPPORTER)) {
                add(held, h, article, s, m);
            }
        }
        for (Sentence s : article.analysis().sentences()) {
            for (Token t : s.tokens()) {
                SituationType type = language.allianceNouns().contains(t.lemma()) ? SituationType.Alliance
                        : language.partnershipNouns().contains(t.lemma()) ? SituationType.Partnership : null;
                if (type == null || !t.isNoun() || endedByAnAct(article, s, t)) {
                    continue;
                }
                Held h = new Held(type);
                members(s, t.index(), actors).forEach(id -> h.participants.put(id, Role.MEMBER));
                if (h.participants.size() >= 2) {
                    add(held, h, article, s, null);
                }
            }
        }
        for (Held h : held.values()) {
            String id = String.format("r%02d", relations.size() + 1);
            List<Participant> parts = Group.recorded(h.participants, h.mentions);
            relations.add(new Situation(id, h.type, null, null, null, parts, null, null, List.of(), List.copyOf(h.themes),
                    null, null, null, null, null, null, null));
            for (Claim c : h.told.claims(id, claims.size())) {
                claims.add(c);
                if (c.source() != null) {
                    named.add(c.source());
                }
            }
            named.addAll(h.participants.keySet());
        }
    }

    /**
     * Whether a mention of support states a stance and no act: "Chile's
     * unwavering support for Peru" holds; "Chile voiced its support" is an act
     * of support (CAMEO 051) as well. So with cooperation ("making their
     * collaboration a factor" is a partnership; "agreed to deepen their
     * cooperation" an act of it too), and with a disposition that names no act
     * it is towards: "Chile has been vocal about its commitment to peace"
     * states none; "Chile reiterated its commitment to peace" and "Arancibia
     * stressed Chile's willingness" do. Support renewed by no one named
     * ("Chile's support for talks was reiterated") or named by a participle
     * ("Chile's expressed support") is Chile's stance, no act.
     */
    boolean stanceOnly(ArticleWork article, EventMention m) {
        Sentence s = article.analysis().sentences().get(m.sentence());
        Token t = s.token(m.trigger());
        boolean standing = language.supportNouns().contains(t.lemma()) || language.partnershipNouns().contains(t.lemma());
        // "its commitment to peace": a disposition towards no act of its own
        boolean disposition = language.dispositionNouns().contains(t.lemma()) && m.links().stream().noneMatch(l -> l.kind().equals("theme"));
        if (m.entry().isVerb() || !standing && !disposition) {
            return false;
        }
        List<Integer> near = new ArrayList<>();
        for (var d : s.heads(t.index())) {
            // "Chile's support for talks was reiterated": by no one named, so Chile's stance and no act of Chile's
            boolean agentless = d.head() >= 0 && d.relation().equals("nsubj:pass")
                    && s.dependents(d.head()).stream().noneMatch(x -> x.relation().equals("obl:agent"));
            if (!agentless || !standing) {
                near.add(d.head());
            }
        }
        // "China's expressed support for peace": the participle names the stance held, not an act
        s.dependents(t.index()).stream().filter(d -> !(standing && d.relation().equals("amod"))).forEach(d -> near.add(d.dependent()));
        // "stressed Chile's willingness": a disposition said out loud is expressed
        return near.stream().noneMatch(k -> k >= 0 && (m.entry().light().contains(s.token(k).lemma())
                || disposition && s.token(k).isVerb() && language.reportingVerbs().contains(s.token(k).lemma())));
    }

    /** A relationship stated in a sentence: the one gathered already with the same parts, else a new one. */
    private static void add(Map<String, Held> held, Held h, ArticleWork article, Sentence s, EventMention m) {
        Held gathered = held.computeIfAbsent(h.key(), k -> h);
        gathered.told.add(article, s.index(), m);
        if (m != null) {
            gathered.mentions.add(m);
        }
    }

    /** "cut ties with Peru", "ended the alliance": a relationship an act ends or lessens is not said to hold. */
    private static boolean endedByAnAct(ArticleWork article, Sentence s, Token t) {
        return article.events().stream().anyMatch(e -> e.sentence() == s.index() && e.code().rootNumber() >= 10
                && s.heads(t.index()).stream().anyMatch(d -> d.head() == e.trigger()));
    }

    /**
     * The actors an alliance or partnership joins: those "between" or "among"
     * which it is, its possessors and the states of its modifiers ("the
     * Chilean-Peruvian partnership"), and, for a partner, the one said to be
     * it and the one it is a partner "for" or "of" ("Chile became a partner
     * for Peru").
     */
    private static Set<String> members(Sentence s, int noun, Actors actors) {
        List<Integer> tokens = new ArrayList<>();
        for (Dependency d : s.dependents(noun)) {
            String r = d.relation();
            if (r.matches("nmod:(between|among|with|for|of|to)|nmod:poss|amod|compound|nsubj")) {
                tokens.add(d.dependent());
                s.dependents(d.dependent()).stream().filter(c -> c.relation().startsWith("conj") || c.relation().equals("amod"))
                        .forEach(c -> tokens.add(c.dependent()));
            }
        }
        for (Dependency up : s.heads(noun)) {
            // "Chile has emerged as a partner for Peru", "Chile became a partner of Peru"
            if (up.head() >= 0 && up.relation().matches("obl:as|xcomp")) {
                s.dependents(up.head()).stream().filter(d -> d.relation().equals("nsubj")).forEach(d -> tokens.add(d.dependent()));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int k : tokens) {
            for (Mention m : actors.allAt(s.index(), k)) {
                if (m.entity() != null && actors.isPolitical(m.entity())) {
                    out.add(m.entity());
                }
            }
        }
        return out;
    }
}
