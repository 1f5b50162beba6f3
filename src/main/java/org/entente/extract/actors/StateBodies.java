package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.gazetteer.Gazetteer;

/**
 * The bodies a description of a state's forces, police, parliament or
 * government stands for: the gazetteer's, or the article's own where the
 * gazetteer has none ("Peru police"); and those of a place with bodies of its
 * own, apart from its state's (the gazetteer's bodies whose names hold a city
 * of their state: "Hong Kong Police Force", "Government of Hong Kong").
 */
final class StateBodies {
    private final Gazetteer gazetteer;
    /** The police and the government of each place that has its own, by the place's id. */
    private final Map<String, String> policeOf = new HashMap<>();
    private final Map<String, String> governmentOf = new HashMap<>();
    /** The ids of all bodies of such places: none of them is a state's own. */
    private final Set<String> ofTerritories;

    StateBodies(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, List<Entity>> territoryBodies = territoryBodies(gazetteer);
        territoryBodies.forEach((place, bodies) -> {
            for (Entity e : bodies) {
                String names = NameIndex.key(e.label() + " " + String.join(" ", e.aliases()));
                if (names.matches(".*\\bpolice\\b.*")) {
                    policeOf.putIfAbsent(place, e.id());
                }
                if (names.matches(".*\\b(government|authorities)\\b.*")) {
                    governmentOf.putIfAbsent(place, e.id());
                }
            }
        });
        this.ofTerritories = territoryBodies.values().stream().flatMap(List::stream).map(Entity::id).collect(Collectors.toSet());
    }

    /**
     * The police or government of a place that has its own, apart from its
     * state's ("Hong Kong Police Force", "Government of Hong Kong"). Null for
     * a state, or a place the gazetteer gives no such body.
     */
    String territorys(String place, Descriptions.Kind kind) {
        return place == null ? null : (kind == Descriptions.Kind.POLICE ? policeOf : governmentOf).get(place);
    }

    private static Map<String, List<Entity>> territoryBodies(Gazetteer gazetteer) {
        Map<String, List<Entity>> out = new HashMap<>();
        List<Entity> places = gazetteer.entities().stream().filter(e -> e.type() == EntityType.City && e.country() != null).toList();
        for (Entity body : gazetteer.entities()) {
            if (body.type() != EntityType.GovernmentBody || body.country() == null) {
                continue;
            }
            String names = " " + NameIndex.key(body.label() + " " + String.join(" ", body.aliases())) + " ";
            for (Entity place : places) {
                if (place.country().equals(body.country()) && names.contains(" " + NameIndex.key(place.label()) + " ")) {
                    out.computeIfAbsent(place.id(), k -> new ArrayList<>()).add(body);
                }
            }
        }
        return out;
    }

    /** A state's armed forces, police or parliament: the gazetteer's entry where it has one, else the article's own. */
    String body(Descriptions.Kind kind, String state, String words, Cast cast) {
        if (state == null) {
            return null;
        }
        String suffix = switch (kind) {
            case MILITARY -> "military";
            case POLICE -> "police";
            default -> "parliament";
        };
        Entity stateEntity = gazetteer.find(state).orElse(null);
        for (Entity e : gazetteer.entities()) {
            if (state.equals(e.country()) && e.type() == EntityType.GovernmentBody && !ofTerritories.contains(e.id())) {
                String names = NameIndex.key(e.label() + " " + String.join(" ", e.aliases()) + " " + e.id());
                boolean fits = switch (kind) {
                    case MILITARY -> names.matches(".*\\b(military|armed forces|army)\\b.*");
                    case POLICE -> names.matches(".*\\bpolice\\b.*");
                    default -> names.matches(".*\\b(parliament|congress|legislature|national assembly)\\b.*");
                };
                if (fits) {
                    return e.id();
                }
            }
        }
        String label = (stateEntity == null ? state : stateEntity.label()) + " " + suffix;
        return cast.mint(label, EntityType.GovernmentBody, state, List.of(NameIndex.plain(words)));
    }

    /**
     * The state whose own body "its" or "their" names when the clause's
     * subject is that state or one of its bodies: "Chile withdrew its troops"
     * are Chile's troops, whichever state the story is about.
     */
    static String subjectsOwn(Sentence s, Token noun, List<Mention> found, Cast cast) {
        if (s.ownerPronoun(noun.index()) < 0) {
            return null;
        }
        // the verb's own object, not one it shares through "and" ("condemned Colombia and its military")
        boolean joined = s.heads(noun.index()).stream().anyMatch(d -> d.relation().startsWith("conj"));
        for (Dependency up : s.heads(noun.index())) {
            if (up.head() < 0 || !up.relation().equals("obj") || joined) {
                continue;
            }
            for (Dependency d : s.dependents(up.head())) {
                if (!d.relation().equals("nsubj")) {
                    continue;
                }
                for (Mention m : found) {
                    if (m.covers(d.dependent()) && m.entity() != null && m.kind() == Mention.Kind.NAME) {
                        String state = cast.isState(m.entity()) ? m.entity() : cast.countryOf(m.entity());
                        if (state != null && cast.isState(state)) {
                            return state;
                        }
                    }
                }
            }
        }
        return null;
    }
}
