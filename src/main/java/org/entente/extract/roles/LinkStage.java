package org.entente.extract.roles;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
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
        Actors actors = new Actors(article, gazetteer);
        for (EventMention e : article.events()) {
            Sentence s = article.analysis().sentences().get(e.sentence());
            List<EventMention> here = article.events().stream().filter(x -> x.sentence() == e.sentence() && x != e).toList();
            if (e.code().root().equals("06")) {
                goods(s, e);
            }
            for (Dependency d : reach(s, e)) {
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
                if (r.equals("obj") || r.matches("(obl|nmod):(of|for|over)") && !isTopic(e, r)) {
                    e.link("theme", to);
                } else if (r.matches("(obl|nmod|advcl):(after|following|since)") || r.matches("(obl|nmod):in_response_to|(obl|nmod):in_retaliation_for")
                        || r.equals("advcl") && marker(s, d.dependent(), language.afterMarkers())) {
                    e.link("after", to);
                } else if (r.matches("(obl|nmod):(during|amid|at)")) {
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

    /** Nouns through which an act reaches what it is about: "efforts to organise X", "a focal point on X". */
    private static final Set<String> VEHICLES = Set.of("effort", "endeavor", "endeavour", "attempt", "bid", "move", "decision",
            "plan", "push", "initiative", "point", "focus", "focal", "emphasis", "topic", "subject", "issue", "matter",
            "anniversary");

    /**
     * The arcs from a trigger, and through a vehicle noun those from what it
     * leads to: "commended Russia's efforts to organise a summit" reaches
     * "summit" as the object of "commended".
     */
    private static List<Dependency> reach(Sentence s, EventMention e) {
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
        boolean vehicleObject = s.dependents(trigger).stream()
                .anyMatch(d -> d.relation().equals("obj") && VEHICLES.contains(s.token(d.dependent()).lemma()));
        for (Dependency d : s.dependents(trigger)) {
            if (vehicleObject && d.relation().equals("xcomp")) {
                s.dependents(d.dependent()).stream().filter(o -> o.relation().equals("obj"))
                        .forEach(o -> out.add(new Dependency(trigger, o.dependent(), "obj")));
                out.add(new Dependency(trigger, d.dependent(), "obj"));
            }
            if (!VEHICLES.contains(s.token(d.dependent()).lemma())) {
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
