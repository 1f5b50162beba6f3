package org.entente.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.claims.EntityType;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;

/**
 * A body referred to by "the" and a common noun alone: "the network", "the
 * group", "the commission". Such a noun points back to a body the article
 * named, of the kind the noun says or with the noun at the head of its name.
 */
public final class BodyReferences {
    /**
     * Nouns that refer back to the body of that kind named last in the
     * article: "the network" to a broadcaster (to an organisation named just
     * before only when the article names no broadcaster), "the coalition" to a
     * coalition or an intergovernmental body, "the group" to an armed group.
     * Kinds in order of preference, each a set of types taken alike.
     */
    private static final Map<String, List<Set<EntityType>>> KINDS = Map.of(
            "network", List.of(Set.of(EntityType.MediaOutlet), Set.of(EntityType.Organisation)),
            "broadcaster", List.of(Set.of(EntityType.MediaOutlet), Set.of(EntityType.Organisation)),
            "company", List.of(Set.of(EntityType.Organisation)),
            "firm", List.of(Set.of(EntityType.Organisation)),
            "coalition", List.of(Set.of(EntityType.Coalition, EntityType.IntergovernmentalOrganisation)),
            "alliance", List.of(Set.of(EntityType.Coalition, EntityType.IntergovernmentalOrganisation)),
            "bloc", List.of(Set.of(EntityType.Coalition, EntityType.IntergovernmentalOrganisation)),
            "group", List.of(Set.of(EntityType.Group)),
            "militia", List.of(Set.of(EntityType.Group)));

    /** Whether "the" and this noun alone may refer back to a body named before: "the group", "the coalition". */
    public static boolean refersBack(String lemma) {
        return KINDS.containsKey(lemma) || HEADS.contains(lemma);
    }

    /** Nouns that refer back to the body last named with them at its head ("the commission"). */
    private static final Set<String> HEADS = Set.of("commission", "committee", "council", "agency", "court", "tribunal",
            "ministry", "department", "bureau", "authority", "institute", "foundation", "organisation", "organization",
            "front", "movement", "party", "league", "union");

    private final NameIndex names;

    BodyReferences(NameIndex names) {
        this.names = names;
    }

    /**
     * Whether a noun may be such a reference: one of these nouns, with "the"
     * and no modifier of its own; a head may be capitalised as in the name
     * it stands for ("the Front").
     */
    boolean isReference(Sentence s, Token t) {
        boolean head = HEADS.contains(t.word().toLowerCase(Locale.ROOT));
        // "the Court of Session", "the Front for Victory": a capitalised head with a phrase of its own is a name of its own
        boolean named = t.tag().equals("NNP") && s.dependents(t.index()).stream().anyMatch(d -> d.relation().startsWith("nmod"));
        return (t.tag().equals("NN") && (KINDS.containsKey(t.lemma()) || head) || t.tag().equals("NNP") && head && !named)
                && referringBack(s, t);
    }

    /**
     * Whether a noun names a kind of body, so that it is a reference even when
     * nothing is found for it ("the group" names no one when the article named
     * no group); a noun that only heads names ("the court") is otherwise read
     * as other descriptions are.
     */
    boolean namesAKind(Token t) {
        return KINDS.containsKey(t.lemma());
    }

    /** The body a reference stands for, if the article or the gazetteer gives one. */
    Optional<String> referent(Sentence s, Token t, List<Mention> found, Cast cast) {
        List<Set<EntityType>> kinds = KINDS.get(t.lemma());
        if (kinds == null) {
            return Optional.ofNullable(cast.lastNamedWithHead(s.index(), t.index(), found, t.word().toLowerCase(Locale.ROOT)));
        }
        // the preferred kind named anywhere before, else another kind named in the sentences just before
        String body = cast.lastNamedOfType(s.index(), t.index(), found, kinds.get(0));
        for (int k = 1; k < kinds.size() && body == null; k++) {
            body = cast.latestOfType(s.index(), t.index(), found, kinds.get(k));
        }
        return Optional.ofNullable(body != null ? body : theOnly(t));
    }

    /**
     * "The network" with no modifier of its own: a reference back, not a new
     * body ("a network", "the Kurdish group", "the group's network"). A phrase
     * after it may be the verb's ("accused the network of lying") and does not
     * count.
     */
    private static boolean referringBack(Sentence s, Token t) {
        boolean the = false;
        for (Dependency d : s.dependents(t.index())) {
            if (d.relation().equals("det")) {
                the = s.token(d.dependent()).lemma().equals("the");
            } else if (d.relation().matches("amod|compound|nmod:poss|acl.*|appos")) {
                return false;
            }
        }
        return the;
    }

    /**
     * The body the gazetteer calls "the" and the noun, when the article named
     * none of its kind: "the coalition" is the coalition against ISIS.
     */
    private String theOnly(Token t) {
        String word = t.word().toLowerCase();
        NameIndex.Hit hit = names.find("the " + Character.toUpperCase(word.charAt(0)) + word.substring(1));
        return hit != null && hit.agent() && !hit.demonym() ? hit.entity() : null;
    }
}
