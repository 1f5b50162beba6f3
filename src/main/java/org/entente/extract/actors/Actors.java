package org.entente.extract.actors;

import java.util.List;
import java.util.Optional;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;
import org.entente.gazetteer.Gazetteer;

/**
 * The actors of one article as later stages ask about them: which mention
 * covers a token, and what kind of entity an id is (from the gazetteer or the
 * article's own entities).
 */
public final class Actors {
    private final ArticleWork article;
    private final Gazetteer entities;
    private final Language language;

    public Actors(ArticleWork article, Gazetteer gazetteer, Language language) {
        this.article = article;
        this.entities = gazetteer.withLocal(List.copyOf(article.ownEntities().values()));
        this.language = language;
    }

    /** The resolved mention covering a token, names before descriptions before pronouns before demonyms. */
    public Optional<Mention> at(int sentence, int token) {
        Mention best = null;
        for (Mention m : article.mentions()) {
            if (m.sentence() == sentence && m.covers(token) && m.entity() != null
                    && (best == null || rank(m) < rank(best))) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every resolved mention covering a token: "Sino-Russian" is two. */
    public List<Mention> allAt(int sentence, int token) {
        return article.mentions().stream().filter(m -> m.sentence() == sentence && m.covers(token) && m.entity() != null)
                .sorted(java.util.Comparator.comparingInt(Actors::rank)).toList();
    }

    /** Any mention covering a token, resolved or not. */
    public boolean anyAt(int sentence, int token) {
        return article.mentions().stream().anyMatch(m -> m.sentence() == sentence && m.covers(token));
    }

    private static int rank(Mention m) {
        return switch (m.kind()) {
            case NAME -> 0;
            case DESCRIPTION -> 1;
            case PRONOUN -> 2;
            case DEMONYM -> 3;
        };
    }

    /**
     * Whether a mention names its state by the state's capital city ("Kabul"
     * for Afghanistan): a place, which stands for the state when it acts
     * ("Kabul said") but only says where when it modifies a noun ("a Kabul
     * car bombing").
     */
    public boolean byItsCapital(Mention m) {
        Entity state = entities.find(m.entity()).orElse(null);
        if (state == null || state.capital() == null) {
            return false;
        }
        String words = article.analysis().sentences().get(m.sentence()).words(m.start(), m.end(), article.text());
        return entities.find(state.capital()).map(c -> c.label().equalsIgnoreCase(words)
                || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(words))).orElse(false);
    }

    public Optional<Entity> entity(String id) {
        return entities.find(id);
    }

    public boolean isAgent(String id) {
        return entity(id).map(Entity::isAgent).orElse(false);
    }

    public boolean isPerson(String id) {
        return is(id, EntityType.Person);
    }

    public boolean isState(String id) {
        return is(id, EntityType.State);
    }

    public boolean isPlace(String id) {
        return entity(id).map(e -> e.isPlace()).orElse(false);
    }

    public boolean is(String id, EntityType type) {
        return entity(id).map(e -> e.allTypes().contains(type)).orElse(false);
    }

    /**
     * Whether an actor is political: a state, a government body, an
     * intergovernmental organisation, an armed or political group, or a person
     * the gazetteer knows or the article names with a title.
     */
    public boolean isPolitical(String id) {
        Entity e = entity(id).orElse(null);
        if (e == null || !e.isAgent()) {
            return false;
        }
        return switch (e.type()) {
            case State, GovernmentBody, IntergovernmentalOrganisation, Group, Coalition -> true;
            // "director of global news for AFP", "chief executive": a title of private life is none of politics,
            // unless the text ties the person to a state ("director of Peru's intelligence directorate")
            case Person -> !article.ownEntities().containsKey(id) || e.country() != null && !e.titles().isEmpty()
                    || e.titles().stream().anyMatch(t -> !language.privateTitles().contains(t));
            default -> false;
        };
    }

    /** The state an entity belongs to: itself for a state, else its country. */
    public String stateOf(String id) {
        Entity e = entity(id).orElse(null);
        if (e == null) {
            return null;
        }
        return e.allTypes().contains(EntityType.State) ? e.id() : e.country();
    }
}
