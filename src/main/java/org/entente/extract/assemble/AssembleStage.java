package org.entente.extract.assemble;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.claims.CameoCode;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.claims.EventStatus;
import org.entente.claims.Evidence;
import org.entente.claims.Factuality;
import org.entente.claims.Participant;
import org.entente.claims.Role;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.NameIndex;
import org.entente.extract.actors.Title;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.gazetteer.Gazetteer;

/**
 * Turns an article's event mentions into its claim set. Mentions that are only
 * the content of another act, or that name no political actor, are left out.
 * A person or body acting for a state is recorded as acting for it; the
 * state takes part through it, in its role. Mentions of one real event (the same CAMEO root, sides that agree,
 * dates that do not clash) become one event, with one claim for each way the
 * article states it (factuality and source), resting on the sentences that do.
 * Titles give office holdings ("Chinese President Xi Jinping").
 */
public final class AssembleStage implements Stage {
    static final double CONFIDENCE = 0.7;

    private final Gazetteer gazetteer;
    private final Language language;
    private final Stances stances;
    private final String producedBy;

    public AssembleStage(Gazetteer gazetteer, Language language, String producedBy) {
        this.gazetteer = gazetteer;
        this.language = language;
        this.stances = new Stances(language);
        this.producedBy = producedBy;
    }

    /**
     * Whether an event names only whom it was done to, and is of a kind that
     * is nothing without its doer: an appeal, praise, aid or an accusation
     * with no one making it is more often a misreading ("the president was
     * praised") than news. Force is news with its doer unknown: "X was
     * detained", "the assassination of X"; so is a protest, whose doers are
     * most often a crowd no one names ("anti-Chilean protests").
     */
    private static boolean actorless(Group g) {
        int root = g.mentions.get(0).code().rootNumber();
        return root < 17 && root != 14 && g.participants.values().stream().allMatch(r -> r == Role.TARGET || r == Role.RECIPIENT);
    }

    /**
     * Whether a named person, of no known office, suffers force: an arrest, a
     * ban or an attack done to a named person is news whoever the person is
     * ("Tomas Arancibia, who was arrested on Monday").
     */
    private static boolean forceOnPerson(EventMention m, String id, Actors actors) {
        return m.code().isForce() && m.participants().get(id) == Role.TARGET && actors.isPerson(id);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ANALYSIS, Layer.ACTORS, Layer.EVENTS, Layer.ROLES, Layer.LINKS, Layer.FACTUALITY);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.CLAIMS);
    }

    @Override
    public void run(ArticleWork article) {
        Actors actors = new Actors(article, gazetteer, language);
        List<Group> groups = new ArrayList<>();
        Map<EventMention, Group> groupOf = new LinkedHashMap<>();
        Perpetrators.own(article);
        for (EventMention m : article.events()) {
            if (m.isContent()) {
                continue;
            }
            actForStates(m, actors, language);
            if (stances.stanceOnly(article, m)) {
                continue;
            }
            if (m.participants().isEmpty() && isDefinite(article, m)) {
                Group earlier = latest(article, groups, m);
                if (earlier != null) {
                    earlier.mentions.add(m);
                    groupOf.put(m, earlier);
                }
                continue;
            }
            if (m.participants().keySet().stream().noneMatch(id -> actors.isPolitical(id) || forceOnPerson(m, id, actors))) {
                continue;
            }
            Sentence told = article.analysis().sentences().get(m.sentence());
            Group g = groups.stream().filter(x -> x.takes(m, told)).findFirst().orElse(null);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.mentions.add(m);
            m.participants().forEach(g.participants::putIfAbsent);
            if (g.date == null) {
                g.date = m.date();
            }
            groupOf.put(m, g);
        }
        groups.removeIf(g -> {
            boolean actorless = actorless(g);
            if (actorless) {
                groupOf.values().removeIf(x -> x == g);
            }
            return actorless;
        });
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).id = String.format("e%02d", i + 1);
        }
        ActReferences.link(article, groups, actors, language);
        Discourse.atTheDoer(groups, groupOf);
        Discourse.sameTime(article, groups);
        Discourse.withinConsultations(article, groups, actors, language);
        Discourse.duringTheirConsultations(groups, groupOf);
        Discourse.wars(article, groups, language);
        List<Situation> events = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Group g : groups) {
            events.add(situation(g, groupOf));
            named.addAll(g.participants.keySet());
            for (Claim c : claims(article, g, claims.size())) {
                claims.add(c);
                if (c.source() != null) {
                    named.add(c.source());
                }
            }
            g.mentions.forEach(m -> m.links().stream().filter(l -> l.entity() != null).forEach(l -> named.add(l.entity())));
        }
        List<Situation> relations = new ArrayList<>();
        Map<String, Entity> offices = new LinkedHashMap<>();
        officeHoldings(article, actors, relations, claims, offices, named);
        stances.find(article, actors, groupOf, relations, claims, named);
        List<Entity> own = new ArrayList<>();
        for (String id : named) {
            Entity e = article.ownEntities().get(id);
            if (e != null) {
                own.add(e);
            }
        }
        own.addAll(offices.values());
        article.claims(new ClaimSet(article.id(), producedBy, null, null, own, events, relations, claims));
    }

    /** Whether a noun mention refers back: "the call", "this attack". */
    private static boolean isDefinite(ArticleWork article, EventMention m) {
        return !m.entry().isVerb() && determinedBy(article, m, "the|this|that|these");
    }

    private static String lemma(ArticleWork article, EventMention m) {
        return article.analysis().sentences().get(m.sentence()).token(m.trigger()).lemma();
    }

    /** Whether a mention's trigger has one of these determiners. */
    static boolean determinedBy(ArticleWork article, EventMention m, String lemmas) {
        Sentence s = article.analysis().sentences().get(m.sentence());
        return s.dependents(m.trigger()).stream().anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).lemma().matches(lemmas));
    }

    /**
     * The latest group of the same kind and code as a mention, else of the
     * same kind, from an earlier sentence;
     * failing that, the latest told with the same word ("Macron called for G7
     * action ... The call was seconded": the call is his appeal, no phone
     * call), or told by the verb the noun is made from ("seized ... the
     * seizure"), or, for "this" or "these", an event of the sentence before that
     * the noun names more closely ("leaders converged in Kyiv. This visit ..."
     * is a visit).
     */
    private static Group latest(ArticleWork article, List<Group> groups, EventMention m) {
        Predicate<Group> earlier = g -> g.mentions.get(0).sentence() < m.sentence();
        String word = lemma(article, m);
        Token noun = article.analysis().sentences().get(m.sentence()).token(m.trigger());
        boolean demonstrative = determinedBy(article, m, "this|these");
        List<Predicate<Group>> ways = List.of(
                // "the accusation" is the last accusation before any other criticism
                earlier.and(g -> g.mentions.get(0).code().equals(m.code()) && g.mentions.get(0).type() == m.type()),
                earlier.and(g -> g.mentions.get(0).type() == m.type()),
                // "Two bombs exploded ... condemned the attack": a word for any attack is the latest act of force
                earlier.and(g -> m.code().isRootOnly() && m.type() == SituationType.Fighting
                        && g.mentions.get(0).code().isViolence() && g.mentions.get(0).type() != SituationType.ArmedConflict),
                // not a saying, nor a judgement made with the word ("Quispe called the blockade a violation" is no call)
                earlier.and(g -> g.mentions.stream().anyMatch(x -> !x.entry().isSpeech() && !x.code().isJudgement()
                        && lemma(article, x).equals(word))),
                // "Chile seized a fishing boat. ... condemned the seizure": the noun made from the act's verb, however coded
                earlier.and(g -> g.mentions.stream().anyMatch(x -> ActReferences.names(article, x, noun))),
                g -> demonstrative && g.mentions.stream().anyMatch(x -> x.sentence() == m.sentence() - 1)
                        && g.mentions.get(0).code().isRootOnly() && !g.mentions.get(0).code().equals(m.code())
                        && Group.compatible(g.mentions.get(0).code(), m.code()));
        for (Predicate<Group> way : ways) {
            for (int i = groups.size() - 1; i >= 0; i--) {
                if (way.test(groups.get(i))) {
                    return groups.get(i);
                }
            }
        }
        return null;
    }

    /** A person or body acting for a state: the state takes part through it, in the same role. */
    private static void actForStates(EventMention m, Actors actors, Language language) {
        for (var p : List.copyOf(m.participants().entrySet())) {
            Entity e = actors.entity(p.getKey()).orElse(null);
            if (e == null || e.country() == null || !actors.isPolitical(e.id())) {
                continue;
            }
            // not one whose offices are all of another body: the UN's Secretary-General does not act for his country
            boolean acts = e.type() == EntityType.GovernmentBody
                    || e.type() == EntityType.Person && (!e.offices().isEmpty() || holdsAStateTitle(e, language))
                    && (e.offices().isEmpty() || e.offices().stream().anyMatch(o -> o.contains(e.country())));
            if (acts && actors.isState(e.country())) {
                m.actsFor(p.getKey(), e.country());
            }
        }
    }

    /** Whether a person holds a title whose holder acts for the state: no party's, legislator's or church's. */
    private static boolean holdsAStateTitle(Entity e, Language language) {
        return e.titles().stream().anyMatch(language::actsForItsState);
    }

    private static Situation situation(Group g, Map<EventMention, Group> groupOf) {
        EventMention first = g.mentions.get(0);
        CameoCode code = first.code();
        SituationType type = first.type();
        for (EventMention m : g.mentions) {
            // the closest code the mentions give: "190" and "195" are an air strike, "040" and "042" a visit
            boolean closer = m.code().value().length() > code.value().length()
                    || m.code().value().length() == code.value().length() && code.value().endsWith("0") && !m.code().value().endsWith("0");
            if (closer && m.code().root().equals(code.root())) {
                code = m.code();
                type = m.type();
            }
        }
        List<Participant> participants = Group.recorded(g.participants, g.mentions);
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (EventMention m : g.mentions) {
            for (EventMention.Link l : m.links()) {
                String to = l.entity() != null ? l.entity() : groupOf.containsKey(l.to()) ? groupOf.get(l.to()).id : null;
                if (to != null && !to.equals(g.id)) {
                    List<String> list = links.computeIfAbsent(l.kind(), k -> new ArrayList<>());
                    if (!list.contains(to)) {
                        list.add(to);
                    }
                }
            }
        }
        EventStatus status = g.mentions.stream().map(EventMention::status).filter(s -> s != EventStatus.OCCURRED)
                .findFirst().orElse(EventStatus.OCCURRED);
        String partOf = first(links.get("partOf"));
        if (partOf != null && partOf.equals(g.id)) {
            partOf = null;
        }
        String after = first(links.get("after"));
        if (Objects.equals(partOf, after)) {
            after = null;
        }
        return new Situation(g.id, type, code.equals(type.defaultCameo()) ? null : code, null, null, participants, g.date, null,
                links.getOrDefault("topic", List.of()), links.getOrDefault("theme", List.of()), first(links.get("aim")),
                partOf, after, status, null, null, null);
    }

    private static String first(List<String> list) {
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** One claim per way the article states the event (factuality and source), with the sentences that state it so. */
    private static List<Claim> claims(ArticleWork article, Group g, int numbered) {
        Tellings told = new Tellings();
        g.mentions.forEach(m -> told.add(article, m.sentence(), m));
        return told.claims(g.id, numbered);
    }

    /** The evidence for a stretch of the text given in string indices, with code-point offsets. */
    static Evidence evidence(String text, int begin, int end) {
        int start = text.codePointCount(0, begin);
        int stop = start + text.codePointCount(begin, end);
        return new Evidence(start, stop, text.substring(begin, end));
    }

    /** Office holdings from titles: the office of the gazetteer when it has it, else one of the article's own. */
    private void officeHoldings(ArticleWork article, Actors actors, List<Situation> relations, List<Claim> claims,
            Map<String, Entity> offices, Set<String> named) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Title t : article.titles()) {
            if (t.country() == null || !isOfficeTitle(t.title()) || !actors.isState(t.country())) {
                continue;
            }
            String office = office(t, actors, offices);
            String key = t.person() + "|" + office;
            if (seen.containsKey(key)) {
                continue;
            }
            seen.put(key, t.sentence());
            String id = String.format("r%02d", relations.size() + 1);
            relations.add(new Situation(id, SituationType.OfficeHolding, null, null, null,
                    List.of(new Participant(t.person(), Role.HOLDER)), null, null, List.of(), List.of(office), null, null,
                    null, null, null, null, null));
            Sentence s = article.analysis().sentences().get(t.sentence());
            claims.add(new Claim(String.format("c%02d", claims.size() + 1), id, List.of(evidence(article.text(), s.begin(), s.end())),
                    null, Factuality.ASSERTED, CONFIDENCE));
            named.add(t.person());
        }
    }

    private boolean isOfficeTitle(String title) {
        return language.headOfStateTitles().contains(title) && !title.equals("leader") || title.endsWith("minister")
                || title.equals("vice president") || title.equals("secretary of state");
    }

    private String office(Title t, Actors actors, Map<String, Entity> offices) {
        Entity state = actors.entity(t.country()).orElseThrow();
        String wanted = NameIndex.key(t.title() + " of " + state.label());
        for (Entity e : gazetteer.entities()) {
            if (e.type() == EntityType.Office && t.country().equals(e.country())) {
                if (NameIndex.key(e.label()).equals(wanted) || e.aliases().stream().anyMatch(a -> NameIndex.key(a).equals(wanted))) {
                    return e.id();
                }
            }
        }
        for (String office : actors.entity(t.person()).map(Entity::offices).orElse(List.of())) {
            Entity e = gazetteer.find(office).orElse(null);
            if (e != null && NameIndex.key(e.label()).startsWith(t.title())) {
                return office;
            }
        }
        String label = Character.toUpperCase(t.title().charAt(0)) + t.title().substring(1) + " of " + state.label();
        String id = org.entente.extract.actors.ActorStage.slug(label);
        offices.putIfAbsent(id, new Entity(id, EntityType.Office, null, label, null, null, null, null, null, t.country(),
                null, null, null, null, null, null));
        return id;
    }
}
