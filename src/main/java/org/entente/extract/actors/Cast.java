package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.gazetteer.Gazetteer;

/**
 * Who an article has named so far, as the actor stage reads it sentence by
 * sentence: its own entities (minted here), the people seen with their titles
 * and countries, and the order actors were last mentioned in, for pronouns and
 * descriptions to look back on. Lives for one article.
 */
final class Cast {
    private final ArticleWork article;
    private final Gazetteer gazetteer;
    private final Descriptions descriptions;
    private final Map<String, String> shortNames = new HashMap<>();
    /** Mentions seen, latest last. */
    private final List<Mention> seen = new ArrayList<>();
    /** Titles and countries of people, from the words around their names. */
    private final Map<String, List<String>> titles = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    /** The gazetteer with the article's own entities, made again only when those change. */
    private Gazetteer withOwn;
    private int ownVersion = -1;
    private int version;

    Cast(ArticleWork article, Gazetteer gazetteer, Descriptions descriptions) {
        this.article = article;
        this.gazetteer = gazetteer;
        this.descriptions = descriptions;
    }

    String text() {
        return article.text();
    }

    /** The sentence of the article with this index, if the analysis kept it. */
    Sentence sentence(int index) {
        List<Sentence> all = article.analysis().sentences();
        if (index >= 0 && index < all.size() && all.get(index).index() == index) {
            return all.get(index);
        }
        return all.stream().filter(x -> x.index() == index).findFirst().orElse(null);
    }

    Gazetteer entities() {
        if (ownVersion != version || withOwn == null) {
            withOwn = gazetteer.withLocal(List.copyOf(article.ownEntities().values()));
            ownVersion = version;
        }
        return withOwn;
    }

    void saw(Mention m) {
        if (m.entity() != null) {
            seen.add(m);
        }
    }

    List<Mention> seen() {
        return seen;
    }

    boolean isPerson(String id) {
        return id != null && entities().find(id).map(e -> e.type() == EntityType.Person).orElse(false);
    }

    boolean isState(String id) {
        return id != null && entities().find(id).map(e -> e.allTypes().contains(EntityType.State)).orElse(false);
    }

    boolean isOwn(String id) {
        return article.ownEntities().containsKey(id);
    }

    /**
     * An entity of the article's own, or the gazetteer's where the minted id is
     * one of its ids, or where it is a state's body the gazetteer names in
     * other words of the state ("Foreign Ministry of Iraq" is the gazetteer's
     * "Iraqi Foreign Ministry").
     */
    String mint(String label, EntityType type, String country, List<String> aliases) {
        String id = ActorStage.slug(label);
        if (id.isEmpty()) {
            return null;
        }
        if (gazetteer.contains(id)) {
            return id;
        }
        String body = type == EntityType.GovernmentBody && country != null ? BodyNames.inGazetteer(gazetteer, label, country) : null;
        if (body != null) {
            return body;
        }
        Entity old = article.ownEntities().get(id);
        if (old == null) {
            own(id, type, label, aliases, country, null);
        } else if (old.country() == null && country != null) {
            own(id, old.type(), old.label(), old.aliases(), country, old.titles());
        }
        for (String a : aliases) {
            shortNames.putIfAbsent(NameIndex.key(a), id);
        }
        shortNames.putIfAbsent(NameIndex.key(label), id);
        return id;
    }

    /**
     * A person the recogniser found: a shorter form of someone named before, or
     * a new person of the article. The names already found in the sentence
     * ({@code here}) may give the person's country ("Peruvian President X").
     */
    String person(String label, Sentence s, int start, int end, List<Mention> here) {
        String known = known(label);
        if (known != null) {
            String title = descriptions.titles().around(s, start, end).orElse(null);
            if (title != null) {
                title(s.index(), known, title, descriptions.countryAround(s, start, end, here, this));
            }
            return known;
        }
        String country = descriptions.countryAround(s, start, end, here, this);
        String[] parts = withoutSuffix(label).split(" ");
        List<String> aliases = parts.length > 1 ? List.of(parts[parts.length - 1]) : List.of();
        String id = mint(label, EntityType.Person, country, aliases);
        descriptions.titles().around(s, start, end).ifPresent(t -> title(s.index(), id, t, country));
        if (country != null) {
            countries.putIfAbsent(id, country);
        }
        return id;
    }

    /**
     * An organisation the recogniser found: a body, an armed group or another
     * organisation. A body of a state named only by what it is ("Peru's
     * Foreign Ministry") is named with its state ("Foreign Ministry of Peru"),
     * so that each state's ministry is an entity of its own; one named with
     * its state's demonym before it ("Peruvian Foreign Ministry") is the same
     * body, named so, with the demonym form kept as an alias. A name given
     * before stands for the body it named then, unless the words around it
     * give another state ("Iraq's Foreign Ministry" after Peru's).
     */
    String organisation(String label, Sentence s, int start, int end, List<Mention> here) {
        String country = descriptions.countryAround(s, start, end, here, this);
        String known = known(label);
        if (known != null && (country == null || country.equals(countryOf(known)))) {
            return known;
        }
        if (label.split(" ").length == 1 && label.equals(label.toUpperCase()) && label.length() <= 2 || descriptions.titles().isOffice(label)) {
            // "MP"; and "Member of Parliament (MP)", an office however it is tagged or abbreviated
            return null;
        }
        EntityType type = Descriptions.organisationType(label);
        if (type == EntityType.GovernmentBody && country != null) {
            // the body's own name, without its state: "Foreign Ministry" of "Peru's Foreign Ministry" or "Peruvian Foreign Ministry"
            Mention demonym = here.stream().filter(m -> m.start() == start && m.end() < end && m.kind() == Mention.Kind.DEMONYM
                    && m.entity().equals(country)).findFirst().orElse(null);
            String bare = demonym != null ? ActorStage.words(s, demonym.end(), end, text())
                    : namesItsState(start, end, here, country) ? null : label;
            String state = entities().find(country).map(Entity::label).orElse(null);
            if (bare != null && !bare.isEmpty() && state != null) {
                String id = mint(bare + " of " + state, type, country, demonym != null ? List.of(label) : List.of());
                shortNames.putIfAbsent(NameIndex.key(bare), id);
                return id;
            }
        }
        return mint(label, type, country, List.of());
    }

    /** Whether the words of a name hold its state's name or demonym ("Peruvian Foreign Ministry"). */
    private static boolean namesItsState(int start, int end, List<Mention> here, String country) {
        return here.stream().anyMatch(m -> m.start() >= start && m.end() <= end && country.equals(m.entity()));
    }

    /**
     * Another name of an actor from here on ("NCA" for the National Crime
     * Agency), kept among the aliases of one of the article's own.
     */
    void alias(String name, String id) {
        shortNames.put(NameIndex.key(name), id);
        Entity e = article.ownEntities().get(id);
        if (e != null && !e.aliases().contains(name)) {
            List<String> aliases = new ArrayList<>(e.aliases());
            aliases.add(name);
            own(id, e.type(), e.label(), aliases, e.country(), e.titles());
        }
    }

    /** Puts, or puts again, one of the article's own entities, with what the article has told of it so far. */
    private void own(String id, EntityType type, String label, List<String> aliases, String country, List<String> titles) {
        version++;
        article.ownEntities().put(id, new Entity(id, type, null, label, aliases, null, null, null, null, country, null, titles,
                null, null, null, null));
    }

    /** The entity a name or short name given earlier in the article stands for, if any. */
    String known(String name) {
        String id = shortNames.get(NameIndex.key(name));
        if (id != null) {
            return id;
        }
        for (Mention m : seen) {
            if (m.kind() == Mention.Kind.NAME && isPerson(m.entity())) {
                var e = entities().find(m.entity()).orElse(null);
                if (e != null && e.aliases().stream().anyMatch(a -> NameIndex.key(a).equals(NameIndex.key(name)))) {
                    return e.id();
                }
                if (e != null && surnames(e.label()).contains(NameIndex.key(name))) {
                    return e.id();
                }
            }
        }
        return null;
    }

    /**
     * What a person is called by after the first mention: the last name; and
     * of a name of three or more parts, the one before it and both together,
     * as Spanish and Portuguese double surnames go ("Rosselló" and "Rosselló
     * Nevares" of "Ricardo Rosselló Nevares").
     */
    private static List<String> surnames(String label) {
        String[] parts = NameIndex.key(withoutSuffix(label)).split(" ");
        String last = parts[parts.length - 1];
        if (parts.length < 3 || parts[parts.length - 2].length() < 3) {
            return List.of(last);
        }
        String paternal = parts[parts.length - 2];
        return List.of(last, paternal, paternal + " " + last);
    }

    /** Generational suffixes that end a person's name: "Jr.", "Sr". */
    static final String SUFFIX = "(Jr|Sr)\\.?";

    /** A person's name without a generational suffix: "Cyrus R. Vance" of "Cyrus R. Vance, Jr.". */
    private static String withoutSuffix(String label) {
        return label.replaceFirst(",?\\s+" + SUFFIX + "$", "");
    }

    /** Records a title the text gives a person, and the country with it; an entity of the article's own keeps both. */
    void title(int sentence, String person, String title, String country) {
        article.titles().add(new Title(sentence, person, title, country != null ? country : countryOf(person)));
        titles.computeIfAbsent(person, k -> new ArrayList<>()).add(title);
        if (country != null) {
            countries.putIfAbsent(person, country);
        }
        Entity own = article.ownEntities().get(person);
        if (own != null && (!own.titles().contains(title) || own.country() == null && country != null)) {
            List<String> all = new ArrayList<>(own.titles());
            if (!all.contains(title)) {
                all.add(title);
            }
            own(own.id(), own.type(), own.label(), own.aliases(), own.country() != null ? own.country() : country, all);
        }
    }

    List<String> titlesOf(String person) {
        List<String> out = new ArrayList<>(titles.getOrDefault(person, List.of()));
        entities().find(person).ifPresent(e -> e.titles().forEach(t -> out.add(NameIndex.key(t))));
        return out;
    }

    String countryOf(String person) {
        String c = countries.get(person);
        return c != null ? c : entities().find(person).map(Entity::country).orElse(null);
    }

    /**
     * The actor of one of some types last named before a point, in this
     * sentence or the three before it: what "the network" or "the coalition"
     * refers back to.
     */
    String latestOfType(int sentence, int token, List<Mention> here, Set<EntityType> types) {
        return latest(sentence, token, here, m -> m.kind() == Mention.Kind.NAME && isOfType(m.entity(), types));
    }

    /**
     * The body named last in the article whose name has a noun for its head,
     * or described last with that noun: "the commission" after the National
     * Telecommunications Commission, "the court" after the Court of Session,
     * "the ministry" after "the Bolivian foreign ministry".
     */
    String lastNamedWithHead(int sentence, int token, List<Mention> here, String noun) {
        return latest(sentence, token, here, m -> m.kind() == Mention.Kind.NAME && entities().find(m.entity())
                .filter(e -> e.type() != EntityType.Person && noun.equalsIgnoreCase(BodyNames.head(e.label()))).isPresent()
                || describedWith(m, noun), 0);
    }

    /** Whether a mention is a description with this noun at its head: "the Bolivian foreign ministry" for "the ministry". */
    private boolean describedWith(Mention m, String noun) {
        Sentence s = m.kind() == Mention.Kind.DESCRIPTION ? sentence(m.sentence()) : null;
        return s != null && m.head() < s.size() && s.token(m.head()).lemma().equals(noun) && !isPerson(m.entity());
    }

    /** The body of one of these types named last by name, however far back in the article. */
    String lastNamedOfType(int sentence, int token, List<Mention> here, Set<EntityType> types) {
        return latest(sentence, token, here, m -> m.kind() == Mention.Kind.NAME && isOfType(m.entity(), types), 0);
    }

    /** The entity of the last mention that fits, before a point of this sentence, else in the three sentences before. */
    String latest(int sentence, int token, List<Mention> here, Predicate<Mention> fits) {
        return latest(sentence, token, here, fits, sentence - 3);
    }

    /** The entity of the last mention that fits, before a point of this sentence, else in the sentences before, back to {@code earliest}. */
    private String latest(int sentence, int token, List<Mention> here, Predicate<Mention> fits, int earliest) {
        for (int i = here.size() - 1; i >= 0; i--) {
            Mention m = here.get(i);
            if (m.start() < token && fits.test(m)) {
                return m.entity();
            }
        }
        for (int i = seen.size() - 1; i >= 0; i--) {
            Mention m = seen.get(i);
            if (m.sentence() < earliest) {
                break;
            }
            if (fits.test(m)) {
                return m.entity();
            }
        }
        return null;
    }

    private boolean isOfType(String id, Set<EntityType> types) {
        return id != null && entities().find(id).map(e -> types.contains(e.type())).orElse(false);
    }

    boolean isBody(String id) {
        return id != null && entities().find(id).map(e -> e.isAgent() && e.type() != EntityType.Person
                && e.type() != EntityType.MediaOutlet).orElse(false);
    }

    /**
     * The state "the government" or "the police" of a sentence is of: the
     * only state the sentence names as where things happen ("protests in La
     * Paz, accusing the government"), else the state the article has named
     * most. A state named otherwise is as likely the other side ("the
     * government expelled the Peruvian ambassador").
     */
    String stateAtHand(Sentence s, List<Mention> found) {
        String here = whereThingsHappen(s, found);
        return here != null ? here : focusState();
    }

    /**
     * The state whose police "the police" are: that of the place where things
     * happen in the sentence or, failing that, in the sentence before
     * ("protested outside the embassy in Lima. Police used tear gas" are
     * Peru's police), else the state at hand.
     */
    String stateOfTheScene(Sentence s, List<Mention> found) {
        String here = whereThingsHappen(s, found);
        Sentence before = here == null ? sentence(s.index() - 1) : null;
        if (before != null && before.isParsed()) {
            here = whereThingsHappen(before, seen.stream().filter(m -> m.sentence() == before.index()).toList());
        }
        return here != null ? here : focusState();
    }

    /** The only state a sentence names, by itself or its city, as where things happen: "in La Paz". */
    private String whereThingsHappen(Sentence s, List<Mention> found) {
        List<String> here = found.stream().filter(m -> m.kind() == Mention.Kind.NAME && isState(m.entity())
                        && s.heads(m.head()).stream().anyMatch(d -> d.relation().matches("(obl|nmod):in")))
                .map(Mention::entity).distinct().toList();
        return here.size() == 1 ? here.get(0) : null;
    }

    /**
     * The state named most often so far: the one "the government" means when
     * the text does not say. A body of a state named counts for its state
     * ("UK Parliament" in the headline).
     */
    String focusState() {
        return focus(this::isState, id -> entities().find(id).filter(e -> e.type() == EntityType.GovernmentBody)
                .map(Entity::country).filter(this::isState).orElse(null));
    }

    /**
     * The actor or place of a kind named most often so far, the headline and
     * dateline counting three times.
     */
    String focus(Predicate<String> kind) {
        return focus(kind, id -> null);
    }

    /** As {@link #focus(Predicate)}, an actor not of the kind counting for the one {@code standsFor} gives, if any. */
    private String focus(Predicate<String> kind, Function<String, String> standsFor) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : seen) {
            String counted = kind.test(m.entity()) ? m.entity() : standsFor.apply(m.entity());
            if (counted != null) {
                counts.merge(counted, m.sentence() <= 1 ? 3 : 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }
}
