package org.entente.extract.roles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.entente.claims.CameoCode;
import org.entente.claims.EntityType;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.extract.actors.Actors;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.gazetteer.Gazetteer;

/**
 * Gives each event mention its participants from the dependency parse. A
 * verb's subject is its source and its object its target, turned round in the
 * passive (the by-agent is then the source); obliques with "against", "on",
 * "at" name targets, "to" recipients, "with" and "between" the other side of
 * an exchange. A noun takes its source from a possessor, a demonym or name
 * before it, a by-phrase, or the subject of the verb that carries it ("imposed
 * sanctions on Iran"), and its target from "of", "on", "against" and the
 * carrying verb's obliques. Both sides of a symmetric exchange are participants.
 * A plural act told of several doers ("statements of condemnation came from
 * Chile and Peru") is one act of each, and so is an act they do to "each
 * other", each aimed at the others.
 * The tokens are read by {@link Frame}, the actors they stand for by
 * {@link StandsFor}; this stage gives each actor its role.
 */
public final class RoleStage implements Stage {
    private final Gazetteer gazetteer;
    private final StandsFor standsFor;
    private final Language language;

    public RoleStage(Gazetteer gazetteer, Language language) {
        this.gazetteer = gazetteer;
        this.standsFor = new StandsFor(language);
        this.language = language;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ANALYSIS, Layer.ACTORS, Layer.EVENTS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ROLES);
    }

    @Override
    public void run(ArticleWork article) {
        Actors actors = new Actors(article, gazetteer, language);
        List<EventMention> all = new ArrayList<>();
        for (EventMention e : article.events()) {
            Sentence s = article.analysis().sentences().get(e.sentence());
            Frame f = Frame.of(s, e.trigger(), e, language);
            List<List<String>> sides = new ArrayList<>();
            for (int token : f.sources) {
                sides.addAll(standsFor.sides(actors, s, token, false));
            }
            sides.removeIf(List::isEmpty);
            for (int i = 0; sides.isEmpty() && i < f.fallback.size(); i++) {
                sides.addAll(standsFor.sides(actors, s, f.fallback.get(i), false));
                sides.removeIf(List::isEmpty);
            }
            // "statements of condemnation came from Peru and Chile": one statement each; "both sides accused each
            // other": one accusation by each, aimed at the others
            List<String> each = sides.stream().flatMap(List::stream).distinct().toList();
            boolean reciprocal = each.size() >= 2 && reciprocal(s, f);
            List<List<String>> perAct = reciprocal ? each.stream().map(List::of).toList()
                    : sides.size() >= 2 && distributive(s, e) ? sides : List.of();
            if (perAct.isEmpty()) {
                give(e, s, f, sides, actors);
                all.add(e);
                continue;
            }
            Role aimed = e.code().rootNumber() >= 9 ? Role.TARGET : Role.RECIPIENT;
            for (int i = 0; i < perAct.size(); i++) {
                List<String> side = perAct.get(i);
                EventMention one = i == 0 ? e : e.copy();
                give(one, s, f, List.of(side), actors);
                if (reciprocal) {
                    each.stream().filter(id -> !side.contains(id)).forEach(id -> one.addParticipant(id, aimed));
                }
                all.add(one);
            }
        }
        article.events().clear();
        article.events().addAll(all);
    }

    /** Whether the act is aimed at "each other" or "one another". */
    private static boolean reciprocal(Sentence s, Frame f) {
        return f.targets.stream().anyMatch(k -> s.token(k).lemma().equals("other") && s.dependents(k).stream()
                .anyMatch(d -> s.token(d.dependent()).lemma().equals("each"))
                || s.token(k).lemma().equals("another") && s.dependents(k).stream().anyMatch(d -> s.token(d.dependent()).lemma().equals("one")));
    }

    /**
     * Whether a noun is the doers' own, by "its" or "their" standing for one of
     * them: in "Chile withdrew its troops" the troops are what Chile withdrew,
     * not whom it withdrew them from.
     */
    private static boolean ownedBy(Sentence s, int token, List<List<String>> sides, Actors actors) {
        int owner = s.ownerPronoun(token);
        return owner >= 0 && actors.allAt(s.index(), owner).stream().anyMatch(m -> sides.stream().anyMatch(side -> side.contains(m.entity())));
    }

    /**
     * Whether a mention names one act for each of its doers: a noun in the
     * plural, or one counted in a plural ("statements of condemnation",
     * "tributes were paid by").
     */
    private static boolean distributive(Sentence s, EventMention e) {
        if (e.entry().isVerb() || e.entry().isSymmetric()) {
            return false;
        }
        int t = e.trigger();
        return s.token(t).tag().equals("NNS") || s.heads(t).stream()
                .anyMatch(d -> d.head() >= 0 && d.relation().equals("nmod:of") && s.token(d.head()).tag().equals("NNS"));
    }

    /** Gives a mention its roles: the sources' actors side by side, the frame's targets and other side. */
    private void give(EventMention e, Sentence s, Frame f, List<List<String>> sides, Actors actors) {
        boolean hostile = e.code().rootNumber() >= 9;
        boolean symmetric = e.entry().isSymmetric();
        // "founded the Andean Forum": what is founded is the act's theme (LinkStage), not a side of it
        List<String> targets = e.type() == SituationType.GroupFounding ? List.of()
                : actorsAt(actors, s, f.targets.stream().filter(k -> !ownedBy(s, k, sides, actors)).toList(), true);
        if (targets.isEmpty()) {
            targets = actorsAt(actors, s, f.respondedTo, true);
        }
        List<String> others = actorsAt(actors, s, f.others, false);
        // "Chile and Peru held talks": with no other side named, those who talk are all participants.
        boolean oneSided = symmetric && targets.isEmpty() && others.isEmpty();
        Role sourceRole = e.entry().sourceRole() != null ? e.entry().sourceRole()
                : oneSided ? Role.PARTICIPANT : sourceRole(e);
        // "Chile met Peru": Peru takes part alike; "Chile fought Peru": whom force is used on is its target.
        Role targetRole = symmetric && !hostile ? Role.PARTICIPANT
                : e.entry().targetRole() != null ? e.entry().targetRole() : hostile ? Role.TARGET : Role.RECIPIENT;
        boolean sourced = !sides.isEmpty();
        sides.forEach(ids -> ids.forEach(id -> e.addParticipant(id, sourceRole)));
        if (symmetric && !sourced && !f.others.isEmpty() && !e.entry().isVerb()) {
            // "sought talks with Peru": who seeks them starts them; "briefed Xi on communications with US
            // officials": who tells of them is one side of them, and where the other side is a state, his
            // state is (the contacts of one state's officials with another's).
            boolean sought = s.heads(e.trigger()).stream().anyMatch(d -> d.relation().equals("obj"));
            boolean withStates = others.stream().allMatch(actors::isState);
            for (int token : Clauses.subjectOfTheClause(s, e.trigger())) {
                for (String id : standsFor.actors(actors, s, token, false)) {
                    String state = actors.stateOf(id);
                    boolean forItsState = !sought && withStates && state != null && !state.equals(id) && actors.isState(state);
                    e.addParticipant(forItsState ? state : id, sought ? sourceRole : Role.PARTICIPANT);
                }
            }
        } else if (symmetric && !sourced && f.others.isEmpty() && f.targets.isEmpty() && !e.entry().isVerb()) {
            // "their collaboration, a factor in future negotiations": the talks of the clause's own actors,
            // when they are two or more; one actor alone is not a side of talks.
            List<String> ofTheClause = new ArrayList<>();
            for (int token : Clauses.sidesOfTheClause(s, e.trigger())) {
                standsFor.actors(actors, s, token, false).stream().filter(id -> !ofTheClause.contains(id)).forEach(ofTheClause::add);
            }
            if (ofTheClause.size() >= 2) {
                ofTheClause.forEach(id -> e.addParticipant(id, Role.PARTICIPANT));
            }
        }
        targets.forEach(id -> e.addParticipant(id, targetRole));
        // "clashed with Peru", "a conflict with Peru": a side alike; "disagreed with Peru": whom it is aimed at
        Role otherRole = hostile && !symmetric && (e.entry().isVerb() || e.code().isJudgement()) ? Role.TARGET : Role.PARTICIPANT;
        others.forEach(id -> e.addParticipant(id, otherRole));
        unconventional(e, actors);
    }

    /**
     * An attack by armed groups alone is unconventional violence (CAMEO 18),
     * not a state's use of military force (19): "the Front attacked a police
     * station". Wars, fighting between sides, occupations and invasions keep
     * their codes.
     */
    private static void unconventional(EventMention e, Actors actors) {
        if (!e.code().value().equals("190") || e.entry().isSymmetric() || e.type() != SituationType.Fighting) {
            return;
        }
        List<String> doers = e.participants().entrySet().stream().filter(p -> p.getValue() == Role.INITIATOR)
                .map(java.util.Map.Entry::getKey).toList();
        if (!doers.isEmpty() && doers.stream().allMatch(id -> actors.is(id, EntityType.Group))) {
            e.recode(CameoCode.of("180"), SituationType.Assault);
        }
    }

    /** The actors the tokens stand for, token by token, each as often as a token names it. */
    private List<String> actorsAt(Actors actors, Sentence s, List<Integer> tokens, boolean target) {
        List<String> out = new ArrayList<>();
        tokens.forEach(token -> out.addAll(standsFor.actors(actors, s, token, target)));
        return out;
    }

    private static Role sourceRole(EventMention e) {
        if (e.type() == SituationType.Proposal) {
            return Role.PROPOSER;
        }
        if (e.type() == SituationType.GroupFounding) {
            return Role.FOUNDER;
        }
        return Role.INITIATOR;
    }
}
