package org.entente.extract.roles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.extract.actors.ActorStage;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.gazetteer.Gazetteer;

/**
 * Links event mentions to one another as the sentence's structure says:
 * what an act is about or acts upon is its theme ("condemned the attack",
 * "claimed responsibility for the bombing"); "after", "following" and "in
 * response to" give the event it followed; "during" the event it was part of;
 * a call's or meeting's "on", "about" or "over" its topic; and "to", "in order
 * to" or "aimed at" the event it is meant to bring about.
 */
public final class LinkStage implements Stage {
    private final Language language;
    private final Gazetteer gazetteer;

    /** Goods by their names and aliases, lower case: what trade and supply carry. */
    private final java.util.Map<String, String> commodities = new java.util.HashMap<>();

    public LinkStage(Language language, Gazetteer gazetteer) {
        this.language = language;
        this.gazetteer = gazetteer;
        for (var entity : gazetteer.entities()) {
            if (entity.type() == org.entente.claims.EntityType.Commodity) {
                commodities.put(entity.label().toLowerCase(java.util.Locale.ROOT), entity.id());
                entity.aliases().forEach(a -> commodities.put(a.toLowerCase(java.util.Locale.ROOT), entity.id()));
            }
        }
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ANALYSIS, Layer.ACTORS, Layer.EVENTS, Layer.ROLES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.LINKS);
    }

    @Override
    public void run(ArticleWork article) {
        Actors actors = new Actors(article, gazetteer, language);
        for (EventMention e : article.events()) {
            Sentence s = article.analysis().sentences().get(e.sentence());
            List<EventMention> here = article.events().stream().filter(x -> x.sentence() == e.sentence() && x != e).toList();
            if (e.code().root().equals("06")) {
                goods(s, e);
            }
            if (e.type() == SituationType.Proposal && e.entry().isVerb()) {
                initiatives(article, s, e, actors);
            }
            if (e.type() == SituationType.GroupFounding) {
                // "the Andean Forum, founded in 2019": the body founded
                List<Integer> founded = new ArrayList<>(Frame.of(s, e.trigger(), e, language).targets);
                s.heads(e.trigger()).stream().filter(d -> d.head() >= 0 && d.relation().startsWith("acl")).forEach(d -> founded.add(d.head()));
                for (int token : founded) {
                    actors.at(s.index(), token).map(Mention::entity).filter(actors::isAgent).ifPresent(id -> e.linkEntity("theme", id));
                }
            }
            boolean commemorated = here.stream().anyMatch(LinkStage::commemorates);
            if (commemorates(e)) {
                anniversaries(s, e, here);
            }
            for (int token : participles(s, e)) {
                triggerAt(here, token).filter(to -> !to.isContent()).ifPresent(to -> e.link("topic", to));
            }
            for (Dependency d : reach(s, e, !commemorated)) {
                String r = d.relation();
                Optional<EventMention> target = triggerAt(here, d.dependent());
                if (target.isEmpty()) {
                    if (isTopic(e, r)) {
                        actors.at(s.index(), d.dependent()).map(Mention::entity).filter(id -> actors.isAgent(id) || actors.isPlace(id))
                                .ifPresent(id -> e.linkEntity("topic", id));
                    }
                    continue;
                }
                EventMention to = target.get();
                // "condemned the attack", and "the call was seconded by X": what the act is done to
                if (r.equals("obj") && e.type() == SituationType.Mediation && !to.isContent()) {
                    mediates(e, to);
                } else if (r.equals("obj") || r.equals("nsubj:pass") && e.entry().isVerb() || r.matches("(obl|nmod):(of|for|over)") && !isTopic(e, r)) {
                    e.link("theme", to);
                    if (to.isContent()) {
                        askedOf(e, to);
                    }
                } else if (r.matches("(obl|nmod|advcl):(after|following|since)") || r.matches("(obl|nmod):in_response_to|(obl|nmod):in_retaliation_for")
                        || r.equals("advcl") && marker(s, d.dependent(), language.afterMarkers())) {
                    e.link("after", to);
                    if (punishes(e)) {
                        e.link("topic", to);
                    }
                } else if (r.matches("(obl|nmod):(during|amid)") || r.matches("(obl|nmod):(at|in)") && to.code().root().equals("04")) {
                    e.link("partOf", to);
                } else if (isTopic(e, r)) {
                    e.link("topic", to);
                } else if (purpose(s, r, d.dependent()) && !to.isContent()) {
                    if (e.code().root().equals("04")) {
                        to.link("partOf", e);
                    } else {
                        e.link("aim", to);
                    }
                }
            }
        }
    }

    /**
     * "Bolivia helped arrange talks between Chile and Peru": the talks are
     * what the mediation is for, and their parties are the parties it brings
     * together; whoever mediates is no party to them ("Bolivia brokered talks
     * between", read as Bolivia seeking the talks, is not one of their sides).
     */
    private static void mediates(EventMention mediation, EventMention aim) {
        mediation.link("aim", aim);
        mediation.participants().forEach((id, role) -> {
            if (role == Role.MEDIATOR || role == Role.INITIATOR) {
                aim.participants().remove(id);
            }
        });
        aim.participants().keySet().stream().filter(id -> !mediation.participants().containsKey(id)).toList()
                .forEach(id -> mediation.addParticipant(id, Role.PARTICIPANT));
    }

    /**
     * Whom an appeal or a demand is made of, when it names no one: the one who
     * would do what is asked ("demanded the resignation of Quispe" is made of
     * Quispe, "called for Peru's withdrawal" of Peru).
     */
    private static void askedOf(EventMention e, EventMention content) {
        if (!e.code().root().matches("02|10")
                || e.participants().values().stream().anyMatch(r -> r == Role.TARGET || r == Role.RECIPIENT)) {
            return;
        }
        Role asked = e.code().root().equals("10") ? Role.TARGET : Role.RECIPIENT;
        content.participants().forEach((id, r) -> {
            if (r == Role.INITIATOR && !e.participants().containsKey(id)) {
                e.addParticipant(id, asked);
            }
        });
    }

    /** The goods an exchange carries are its themes: "an importer of Russian oil and gas", "sold wheat to Egypt". */
    private void goods(Sentence s, EventMention e) {
        for (Dependency d : s.dependents(e.trigger())) {
            if (!d.relation().matches("obj|nmod:of|obl:of")) {
                continue;
            }
            int k = d.dependent();
            String one = s.token(k).lemma().toLowerCase(java.util.Locale.ROOT);
            String two = s.dependents(k).stream().filter(c -> c.relation().equals("compound") || c.relation().equals("amod"))
                    .map(c -> s.token(c.dependent()).lemma().toLowerCase(java.util.Locale.ROOT) + " " + one).filter(commodities::containsKey)
                    .findFirst().orElse(one);
            if (commodities.containsKey(two)) {
                e.linkEntity("theme", commodities.get(two));
            }
        }
    }

    /**
     * A peace plan or initiative put forward without a name of its own is named
     * after those who put it forward, as the press does ("Chile and Peru
     * proposed a peace plan": the Chile–Peru peace plan), and becomes the
     * proposal's theme: the gazetteer's entity where it has that name, else
     * one of the article's own.
     */
    private void initiatives(ArticleWork article, Sentence s, EventMention e, Actors actors) {
        List<String> proposers = e.participants().entrySet().stream().filter(p -> p.getValue() == Role.PROPOSER)
                .map(p -> actors.entity(p.getKey()).map(Entity::label).orElse(null)).filter(Objects::nonNull).toList();
        if (proposers.isEmpty()) {
            return;
        }
        for (Dependency d : s.dependents(e.trigger())) {
            Token plan = s.token(d.dependent());
            if (!d.relation().equals("obj") || !language.planNouns().contains(plan.lemma())) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (Dependency m : s.dependents(plan.index())) {
                if (m.relation().matches("compound|amod") && m.dependent() < plan.index()) {
                    words.add(s.token(m.dependent()).word().toLowerCase(Locale.ROOT));
                }
            }
            if (!words.contains("peace")) {
                continue;
            }
            words.add(plan.lemma());
            String by = proposers.size() == 1 ? proposers.get(0) + "'s" : String.join("\u2013", proposers);
            String label = by + " " + String.join(" ", words);
            String id = ActorStage.slug(label);
            if (!gazetteer.contains(id)) {
                EntityType type = plan.lemma().equals("plan") ? EntityType.PeacePlan : EntityType.PeaceInitiative;
                article.ownEntities().putIfAbsent(id, new Entity(id, type, null, label, List.of(), null, null, null, null,
                        null, null, null, null, null, null, null));
            }
            e.linkEntity("theme", id);
        }
    }

    /** Sanctions, cuts and coercion answer an event to punish it: what they followed is also what they are about. */
    private static boolean punishes(EventMention e) {
        return e.code().root().equals("16") || e.code().root().equals("17");
    }

    private static boolean commemorates(EventMention e) {
        return e.code().value().equals("017");
    }

    /**
     * What a commemoration marks is the event whose anniversary it is:
     * "gathered to commemorate the anniversary of the invasion", wherever the
     * parser hung the anniversary.
     */
    private static void anniversaries(Sentence s, EventMention e, List<EventMention> here) {
        for (Token t : s.tokens()) {
            if (t.lemma().equals("anniversary")) {
                s.dependents(t.index()).stream().filter(d -> d.relation().equals("nmod:of"))
                        .forEach(d -> triggerAt(here, d.dependent()).ifPresent(to -> e.link("topic", to)));
            }
        }
    }

    /**
     * The events a participial clause of the act says it argues for or works
     * against, as topics: "proposed a plan, advocating for a peace
     * conference", "supplied parts, helping to mitigate the impact of the
     * sanctions". The clause may hang from the trigger or from its object.
     */
    private List<Integer> participles(Sentence s, EventMention e) {
        List<Integer> anchors = new java.util.ArrayList<>(List.of(e.trigger()));
        s.dependents(e.trigger()).stream().filter(d -> d.relation().matches("obj|obl:with"))
                .forEach(d -> anchors.add(d.dependent()));
        List<Integer> out = new java.util.ArrayList<>();
        for (int anchor : anchors) {
            for (Dependency clause : s.dependents(anchor)) {
                if (clause.relation().matches("acl|advcl|dep") && s.token(clause.dependent()).tag().equals("VBG")) {
                    stances(s, clause.dependent(), 0, out);
                }
            }
        }
        return out;
    }

    /** What a verb of stance, or one it leads to by "to" ("helping to offset"), argues for or works against. */
    private void stances(Sentence s, int verb, int depth, List<Integer> out) {
        boolean stance = language.stanceVerbs().contains(s.token(verb).lemma());
        for (Dependency d : s.dependents(verb)) {
            if (depth < 2 && d.relation().equals("xcomp")) {
                stances(s, d.dependent(), depth + 1, out);
            } else if (stance && d.relation().matches("obj|obl:for")) {
                out.add(d.dependent());
                if (language.effectNouns().contains(s.token(d.dependent()).lemma())) {
                    s.dependents(d.dependent()).stream().filter(n -> n.relation().equals("nmod:of")).forEach(n -> out.add(n.dependent()));
                }
            }
        }
    }

    /**
     * The arcs from a trigger, and through a vehicle noun those from what it
     * leads to: "commended Russia's efforts to organise a summit" reaches
     * "summit" as the object of "commended".
     */
    private List<Dependency> reach(Sentence s, EventMention e, boolean anniversaries) {
        int trigger = e.trigger();
        List<Dependency> out = new java.util.ArrayList<>(s.dependents(trigger));
        for (Dependency up : s.heads(trigger)) {
            if (up.head() >= 0 && up.relation().matches("obj|nsubj:pass") && e.entry().light().contains(s.token(up.head()).lemma())) {
                for (Dependency d : s.dependents(up.head())) {
                    if (d.dependent() != trigger && !d.relation().matches("nsubj.*|obj|obl:agent")) {
                        out.add(new Dependency(trigger, d.dependent(), d.relation()));
                    }
                }
            }
        }
        for (Dependency up : s.heads(trigger)) {
            // "the expulsion drew criticism": what drew it is what it is about
            if (up.head() >= 0 && up.relation().equals("obj") && language.drawingVerbs().contains(s.token(up.head()).lemma())) {
                Clauses.dependents(s, up.head(), "nsubj").forEach(k -> out.add(new Dependency(trigger, k, "obj")));
            }
        }
        if (language.namingVerbs().contains(s.token(trigger).lemma())) {
            // "called the accusation baseless": what is named is the small clause's subject
            s.dependents(trigger).stream().filter(d -> d.relation().equals("xcomp"))
                    .forEach(d -> Clauses.dependents(s, d.dependent(), "nsubj").forEach(k -> out.add(new Dependency(trigger, k, "obj"))));
        }
        for (Dependency d : s.dependents(trigger)) {
            // "condemned what it called an unprovoked attack": what is named is the object.
            if (d.relation().equals("ccomp") && language.namingVerbs().contains(s.token(d.dependent()).lemma())
                    && s.dependents(d.dependent()).stream().anyMatch(o -> o.relation().equals("obj") && s.token(o.dependent()).lemma().equals("what"))) {
                s.dependents(d.dependent()).stream()
                        .filter(o -> o.relation().matches("obj|obl:as|xcomp") && !s.token(o.dependent()).lemma().equals("what"))
                        .forEach(o -> out.add(new Dependency(trigger, o.dependent(), "obj")));
            }
        }
        boolean vehicleObject = s.dependents(trigger).stream()
                .anyMatch(d -> d.relation().equals("obj") && language.vehicleNouns().contains(s.token(d.dependent()).lemma()));
        for (Dependency d : s.dependents(trigger)) {
            if (vehicleObject && d.relation().equals("xcomp")) {
                s.dependents(d.dependent()).stream().filter(o -> o.relation().equals("obj"))
                        .forEach(o -> out.add(new Dependency(trigger, o.dependent(), "obj")));
                out.add(new Dependency(trigger, d.dependent(), "obj"));
            }
            String vehicle = s.token(d.dependent()).lemma();
            if (!language.vehicleNouns().contains(vehicle) || vehicle.equals("anniversary") && !anniversaries) {
                continue;
            }
            for (Dependency v : s.dependents(d.dependent())) {
                if (v.relation().matches("acl(:to)?|xcomp")) {
                    for (Dependency o : s.dependents(v.dependent())) {
                        if (o.relation().equals("obj")) {
                            out.add(new Dependency(trigger, o.dependent(), d.relation()));
                        }
                    }
                    out.add(new Dependency(trigger, v.dependent(), d.relation()));
                } else if (v.relation().matches("nmod:(on|of|about)")) {
                    out.add(new Dependency(trigger, v.dependent(), "nmod:on"));
                }
            }
        }
        return out;
    }

    /** Whether an arc gives what a consultation or statement is about. */
    private boolean isTopic(EventMention e, String relation) {
        String root = e.code().root();
        return (root.equals("04") || root.equals("01")) && relation.matches("(obl|nmod):(on|about|over|regarding|concerning)");
    }

    private static Optional<EventMention> triggerAt(List<EventMention> here, int token) {
        return here.stream().filter(x -> x.trigger() == token).findFirst();
    }

    /**
     * Whether an arc leads to what an act is done for: "to", "in order to",
     * "aimed at", also an infinitive the parser took for an oblique with "to".
     * The aim of a meeting or visit that took place ("leaders gathered to
     * commemorate ...") is part of it.
     */
    private static boolean purpose(Sentence s, String relation, int head) {
        return relation.matches("advcl(:to|:in_order_to)?|acl(:to)?|xcomp|(obl|nmod):at") && marker(s, head, Set.of("to"))
                || relation.equals("obl:to") && s.token(head).tag().equals("VB");
    }

    /** Whether a clause is introduced by one of these words ("after", "to"). */
    private static boolean marker(Sentence s, int head, Set<String> words) {
        return s.dependents(head).stream().anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
                && words.contains(s.token(d.dependent()).lemma()));
    }
}
