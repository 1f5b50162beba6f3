package org.entente.extract.assemble;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.claims.DateValue;
import org.entente.claims.EventStatus;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.extract.actors.Actors;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;

/**
 * What an article says across its sentences, applied to its gathered events:
 * events said to coincide share a date; what the sides of a call say next
 * happened during it; a war is waged by whoever invaded its target, an invasion
 * is part of it, and the talks and plans that speak of it or of peace are about it.
 */
final class Discourse {
    private Discourse() {
    }

    /** Events of a sentence that says they coincided ("coincided with", "on the same day") share the date given there. */
    static void sameTime(ArticleWork article, List<Group> groups) {
        for (Sentence s : article.analysis().sentences()) {
            int cue = s.tokens().stream().filter(t -> t.lemma().matches("coincide|simultaneous|simultaneously"))
                    .mapToInt(t -> t.index()).findFirst().orElse(-1);
            if (cue < 0) {
                continue;
            }
            DateValue date = null;
            for (Group g : groups) {
                if (g.date != null && g.mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.trigger() < cue)) {
                    date = g.date;
                }
            }
            if (date == null) {
                continue;
            }
            for (Group g : groups) {
                // an ongoing war named beside them ("simultaneous efforts in the conflict") is not dated by them
                if (g.date == null && g.mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.status() != EventStatus.ONGOING)) {
                    g.date = date;
                }
            }
        }
    }

    /**
     * What the sides of a dated call or meeting, held and not only planned,
     * are said to have done in the sentences after it, with no time of its own (an endorsement, an offer, a
     * briefing), happened during it: it takes the call's date and is part of it,
     * unless the story has turned to another time in between.
     */
    static void withinConsultations(ArticleWork article, List<Group> groups, Actors actors, Language language) {
        for (Group g : groups) {
            String root = g.root();
            if (g.date != null || !root.matches("01|02|03|05") && g.mentions.get(0).type() != SituationType.Briefing) {
                continue;
            }
            int at = g.mentions.get(0).sentence();
            Group call = null;
            for (Group c : groups) {
                int cs = c.mentions.get(0).sentence();
                if (c != g && c.date != null && c.root().equals("04") && c.mentions.get(0).type() != SituationType.Briefing
                        && c.mentions.stream().noneMatch(x -> x.status() == EventStatus.PLANNED)
                        && cs < at && at - cs <= 8 && shareSides(c, g, actors) && !timeMovedOn(groups, c, at)
                        && !setting(article, g.mentions.get(0), c, actors, language)) {
                    call = c;
                }
            }
            if (call != null) {
                g.date = call.date;
                Group within = call;
                g.mentions.get(0).link("partOf", within.mentions.get(0));
            }
        }
    }

    /**
     * Whether an act is told with a setting of its own, so that it was no part
     * of a call before it: the press it was said to ("told reporters", "at a
     * news conference", {@link Language#pressNouns()}), or, after a call by
     * telephone, a place ("said in Lima").
     */
    private static boolean setting(ArticleWork article, EventMention m, Group call, Actors actors, Language language) {
        Sentence s = article.analysis().sentences().get(m.sentence());
        for (Dependency d : s.dependents(m.trigger())) {
            int k = d.dependent();
            // a place sets apart only what follows a call by telephone: what is done where leaders met may be part of it
            boolean place = call.mentions.get(0).type() == SituationType.PhoneCall && d.relation().matches("obl:(in|at)")
                    && (actors.at(s.index(), k).map(x -> actors.isPlace(x.entity())).orElse(false)
                    || "LOCATION".equals(s.token(k).ner()) || "CITY".equals(s.token(k).ner()));
            String two = s.dependents(k).stream().filter(c -> c.relation().equals("compound"))
                    .map(c -> s.token(c.dependent()).lemma() + " " + s.token(k).lemma()).findFirst().orElse("");
            boolean press = d.relation().matches("obj|iobj|obl:(to|at|in)")
                    && (language.pressNouns().contains(s.token(k).lemma()) || language.pressNouns().contains(two));
            if (place || press) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the story has turned to another time since a call was told: an
     * event dated otherwise is told after it, up to this sentence ("Earlier
     * this month, the United States imposed sanctions ... Bolivia denied the
     * accusation" is no longer about the summit).
     */
    private static boolean timeMovedOn(List<Group> groups, Group call, int sentence) {
        int told = call.mentions.get(0).sentence();
        return groups.stream().anyMatch(h -> h != call && h.date != null && !h.date.value().equals(call.date.value())
                && h.mentions.stream().anyMatch(x -> x.sentence() > told && x.sentence() <= sentence));
    }

    /**
     * An act the text places in a dated call, meeting or talks, with no time
     * of its own, happened then: "in a phone call in late July, X urged Y"
     * dates the appeal to July.
     */
    static void duringTheirConsultations(List<Group> groups, Map<EventMention, Group> groupOf) {
        for (Group g : groups) {
            for (EventMention m : g.mentions) {
                for (EventMention.Link l : m.links()) {
                    Group whole = l.to() == null ? null : groupOf.get(l.to());
                    if (g.date == null && l.kind().equals("partOf") && whole != null && whole != g && whole.date != null
                            && whole.root().equals("04")) {
                        g.date = whole.date;
                    }
                }
            }
        }
    }

    /**
     * Praise, a criticism or a rejection that names no one is aimed at whoever
     * did the act it is about, told in the same sentence or before: "Bolivia
     * called the Peruvian strike a violation" is aimed at Peru, and so is
     * "Peru opened an inquiry. ... Bolivia condemned the investigation".
     */
    static void atTheDoer(List<Group> groups, Map<EventMention, Group> groupOf) {
        for (Group g : groups) {
            if (!g.root().matches("05|11|12") || g.participants.values().stream().anyMatch(r -> Group.side(r) < 0)) {
                continue;
            }
            Role aimedAt = g.root().equals("05") ? Role.RECIPIENT : Role.TARGET;
            for (EventMention m : g.mentions) {
                for (EventMention.Link l : m.links()) {
                    if (l.to() == null || !l.kind().equals("theme") || groupOf.get(l.to()) == g) {
                        continue;
                    }
                    Group act = groupOf.get(l.to());
                    Map<String, Role> doers = act != null ? act.participants : l.to().participants();
                    doers.forEach((id, r) -> {
                        if (Group.side(r) > 0 && !g.participants.containsKey(id)) {
                            g.participants.put(id, aimedAt);
                        }
                    });
                }
            }
        }
    }

    private static boolean shareSides(Group a, Group b, Actors actors) {
        for (String p : b.participants.keySet()) {
            if (b.participants.get(p) == Role.TARGET || b.participants.get(p) == Role.RECIPIENT) {
                continue;
            }
            if (a.participants.containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the article says of its wars as a whole: a war whose waging side the
     * sentence leaves out is waged by whoever the article says invaded or
     * attacked its target; an invasion of that target is part of it; and the
     * calls, talks, offers and plans of the article that speak of it, or of
     * peace ({@link Language#peaceWords()}), are about it.
     */
    static void wars(ArticleWork article, List<Group> groups, Language language) {
        Group main = null;
        for (Group g : groups) {
            if (g.mentions.get(0).type() == SituationType.ArmedConflict && (main == null || g.mentions.size() > main.mentions.size())) {
                main = g;
            }
        }
        if (main == null) {
            return;
        }
        for (Group war : groups) {
            if (war.mentions.get(0).type() != SituationType.ArmedConflict) {
                continue;
            }
            for (Group other : groups) {
                if (other == war || !other.root().equals("19") || other.mentions.get(0).type() == SituationType.ArmedConflict) {
                    continue;
                }
                boolean sameTarget = other.participants.entrySet().stream().anyMatch(p -> p.getValue() == Role.TARGET
                        && war.participants.get(p.getKey()) == Role.TARGET);
                if (!sameTarget) {
                    continue;
                }
                if (war.participants.values().stream().noneMatch(r -> Group.side(r) > 0)) {
                    other.participants.forEach((id, r) -> {
                        if (Group.side(r) > 0) {
                            war.participants.putIfAbsent(id, r);
                        }
                    });
                }
                if (other.mentions.get(0).type() == SituationType.Invasion) {
                    other.mentions.get(0).link("partOf", war.mentions.get(0));
                }
            }
        }
        Set<Integer> warSentences = new HashSet<>();
        main.mentions.forEach(m -> warSentences.add(m.sentence()));
        for (Group g : groups) {
            SituationType t = g.mentions.get(0).type();
            boolean peacemaking = g.root().matches("03|04") || t == SituationType.GroupFounding || t == SituationType.Mediation;
            if (g == main || !peacemaking || t == SituationType.Briefing) {
                continue;
            }
            boolean speaksOfIt = g.mentions.stream().anyMatch(m -> warSentences.contains(m.sentence())
                    || article.analysis().sentences().get(m.sentence()).tokens().stream().anyMatch(w -> language.peaceWords().contains(w.lemma())));
            if (speaksOfIt) {
                g.mentions.get(0).link("topic", main.mentions.get(0));
            }
        }
    }
}
