package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Language;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.gazetteer.Gazetteer;

/**
 * Finds the actors of an article, sentence by sentence, and says who each
 * mention is: names the gazetteer knows (and their demonyms); people and bodies
 * the named-entity recogniser finds that it does not know, which become the
 * article's own entities with their country and title from the words around
 * them ("Japanese Prime Minister Ryutaro Hashimoto"); later, shorter names of
 * those ("Hashimoto"); descriptions ("the Turkish leader", "Iraqi forces", "the
 * government"); and pronouns, resolved to the nearest fitting actor before them.
 */
public final class ActorStage implements Stage {
    private final Gazetteer gazetteer;
    private final NameIndex names;
    private final Language language;
    private final Descriptions descriptions;

    public ActorStage(Gazetteer gazetteer, NameIndex names, Language language) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.language = language;
        this.descriptions = new Descriptions(gazetteer, language, names);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ANALYSIS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ACTORS);
    }

    @Override
    public void run(ArticleWork article) {
        Cast cast = new Cast(article);
        for (Sentence s : article.analysis().sentences()) {
            List<Mention> found = new ArrayList<>(names(s, cast));
            if (s.isParsed()) {
                found.addAll(namedEntities(s, found, cast));
            }
            found.addAll(shortNames(s, found, cast));
            if (s.isParsed()) {
                found.addAll(descriptions.find(s, found, cast));
            }
            found.addAll(pronouns(s, found, cast));
            found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
            for (Mention m : found) {
                cast.saw(m);
            }
            article.mentions().addAll(found);
        }
    }

    /** Gazetteer names, longest first, and the states inside hyphenated words ("Sino-Russian", "Saudi-led"). */
    private List<Mention> names(Sentence s, Cast cast) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int matched = 0;
            for (int len = Math.min(names.longest(), s.size() - i); len >= 1 && matched == 0; len--) {
                Token first = s.token(i);
                if (!first.isCapitalised()) {
                    break;
                }
                StringBuilder words = new StringBuilder();
                for (int k = i; k < i + len; k++) {
                    words.append(k > i ? " " : "").append(s.token(k).word());
                }
                NameIndex.Hit hit = names.find(words.toString());
                String own = len == 1 && hit != null && !hit.demonym() ? cast.known(words.toString()) : null;
                if (own != null && !own.equals(hit.entity()) && cast.isOwn(own)) {
                    hit = new NameIndex.Hit(own, false, true, 3);
                }
                if (hit != null && !(len == 1 && isTitleWord(first) && !hit.demonym())) {
                    out.add(new Mention(s.index(), i, i + len, i + len - 1, hit.entity(),
                            hit.demonym() ? Mention.Kind.DEMONYM : Mention.Kind.NAME));
                    matched = len;
                }
            }
            if (matched == 0 && s.token(i).word().contains("-")) {
                for (String part : s.token(i).word().split("-")) {
                    String state = names.combiningForm(part);
                    NameIndex.Hit hit = state == null ? names.find(part) : new NameIndex.Hit(state, true, true, 2);
                    if (hit != null && !part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        out.add(new Mention(s.index(), i, i + 1, i, hit.entity(), Mention.Kind.DEMONYM));
                    }
                }
            }
            i += Math.max(matched, 1);
        }
        return out;
    }

    private boolean isTitleWord(Token t) {
        return language.isTitle(t.lemma());
    }

    /** People and organisations the recogniser finds that no gazetteer name covers. */
    private List<Mention> namedEntities(Sentence s, List<Mention> known, Cast cast) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            String ner = s.token(i).ner();
            if (!"PERSON".equals(ner) && !"ORGANIZATION".equals(ner)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.size() && ner.equals(s.token(end).ner())) {
                end++;
            }
            int start = i;
            while (start < end && (isTitleWord(s.token(start)) || s.token(start).tag().equals("DT"))) {
                start++;
            }
            i = end;
            if (start == end) {
                continue;
            }
            if (overlapsName(known, start, end)) {
                if (!ner.equals("PERSON") || !insidePersonName(known, start, end, cast)) {
                    continue;
                }
                int from = start;
                int to = end;
                known.removeIf(m -> m.start() >= from && m.end() <= to);
            }
            String label = words(s, start, end, cast.text());
            String entity = ner.equals("PERSON") ? cast.person(label, s, start, end) : cast.organisation(label, s, start, end);
            if (entity != null) {
                out.add(new Mention(s.index(), start, end, headOf(s, start, end), entity, Mention.Kind.NAME));
            }
        }
        return out;
    }

    /** Capitalised words that repeat a name the article has already given an actor of its own ("Hashimoto"). */
    private List<Mention> shortNames(Sentence s, List<Mention> known, Cast cast) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!s.token(i).isProperNoun() || covered(known, i) || covered(out, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.size() && s.token(end).isProperNoun() && !covered(known, end)) {
                end++;
            }
            String entity = cast.known(words(s, i, end, cast.text()));
            if (entity != null) {
                out.add(new Mention(s.index(), i, end, s.isParsed() ? headOf(s, i, end) : end - 1, entity, Mention.Kind.NAME));
            }
            i = end;
        }
        return out;
    }

    /** Personal pronouns and possessives, resolved to the nearest actor before them that fits. */
    private List<Mention> pronouns(Sentence s, List<Mention> known, Cast cast) {
        List<Mention> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.tag().startsWith("PRP") || covered(known, t.index())) {
                continue;
            }
            String w = t.word().toLowerCase();
            String entity = null;
            if (language.personPronouns().contains(w)) {
                entity = cast.latestPerson(s.index(), t.index(), known);
                if (entity == null && t.index() < 4) {
                    entity = known.stream().filter(m -> m.start() > t.index() && cast.isPerson(m.entity()))
                            .map(Mention::entity).findFirst().orElse(null);
                }
            } else if (language.thingPronouns().contains(w)) {
                entity = cast.latestBody(s, t.index(), known);
            }
            if (entity != null) {
                out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), entity, Mention.Kind.PRONOUN));
            }
        }
        return out;
    }

    /** Whether the names inside a person's name are only places or states ("Holland" in "Nikki Holland"). */
    private static boolean insidePersonName(List<Mention> known, int start, int end, Cast cast) {
        return known.stream().filter(m -> m.start() < end && start < m.end()).allMatch(m -> m.start() >= start && m.end() <= end
                && m.end() - m.start() < end - start && !cast.isPerson(m.entity()));
    }

    private static boolean overlapsName(List<Mention> known, int start, int end) {
        return known.stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && m.start() < end && start < m.end());
    }

    static boolean covered(List<Mention> known, int token) {
        return known.stream().anyMatch(m -> m.covers(token));
    }

    static String words(Sentence s, int from, int to, String text) {
        return NameIndex.plain(s.words(from, to, text)).replaceAll("\\s+", " ").trim();
    }

    /** The token of a span whose head lies outside it: the span's head in the parse. */
    static int headOf(Sentence s, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            int k = i;
            boolean inside = s.heads(k).stream().anyMatch(d -> d.head() >= start && d.head() < end);
            if (!inside) {
                return k;
            }
        }
        return end - 1;
    }

    /**
     * Who the article has named so far: its own entities (minted here), the
     * people seen with their titles and countries, and the order actors were
     * last mentioned in, for pronouns and descriptions.
     */
    final class Cast {
        private final ArticleWork article;
        private final Map<String, String> shortNames = new HashMap<>();
        /** Mentions seen, latest last. */
        private final List<Mention> seen = new ArrayList<>();
        /** Titles and countries of people, from the words around their names. */
        private final Map<String, List<String>> titles = new HashMap<>();
        private final Map<String, String> countries = new HashMap<>();

        Cast(ArticleWork article) {
            this.article = article;
        }

        String text() {
            return article.text();
        }

        Gazetteer entities() {
            return gazetteer.withLocal(List.copyOf(article.ownEntities().values()));
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

        /** An entity of the article's own, or the gazetteer's where the minted id is one of its ids. */
        String mint(String label, EntityType type, String country, List<String> aliases) {
            String id = slug(label);
            if (id.isEmpty()) {
                return null;
            }
            if (gazetteer.contains(id)) {
                return id;
            }
            Entity old = article.ownEntities().get(id);
            if (old == null) {
                article.ownEntities().put(id, new Entity(id, type, null, label, aliases, null, null, null, null,
                        country, null, null, null, null, null, null));
            } else if (old.country() == null && country != null) {
                article.ownEntities().put(id, new Entity(id, old.type(), null, old.label(), old.aliases(), null, null, null,
                        null, country, null, old.titles(), null, null, null, null));
            }
            for (String a : aliases) {
                shortNames.putIfAbsent(NameIndex.key(a), id);
            }
            shortNames.putIfAbsent(NameIndex.key(label), id);
            return id;
        }

        /** A person the recogniser found: a shorter form of someone named before, or a new person of the article. */
        String person(String label, Sentence s, int start, int end) {
            String known = known(label);
            if (known != null) {
                String title = descriptions.titleAround(s, start, end).orElse(null);
                if (title != null) {
                    title(s.index(), known, title, descriptions.countryAround(s, start, end, seen, this));
                }
                return known;
            }
            String country = descriptions.countryAround(s, start, end, seen, this);
            String[] parts = label.split(" ");
            List<String> aliases = parts.length > 1 ? List.of(parts[parts.length - 1]) : List.of();
            String id = mint(label, EntityType.Person, country, aliases);
            descriptions.titleAround(s, start, end).ifPresent(t -> title(s.index(), id, t, country));
            if (country != null) {
                countries.putIfAbsent(id, country);
            }
            return id;
        }

        /** An organisation the recogniser found: a body, an armed group or another organisation. */
        String organisation(String label, Sentence s, int start, int end) {
            String known = known(label);
            if (known != null) {
                return known;
            }
            if (label.split(" ").length == 1 && label.equals(label.toUpperCase()) && label.length() <= 2) {
                return null;
            }
            EntityType type = Descriptions.organisationType(label);
            String country = descriptions.countryAround(s, start, end, seen, this);
            return mint(label, type, country, List.of());
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
                    if (e != null && surname(e.label()).equals(NameIndex.key(name))) {
                        return e.id();
                    }
                }
            }
            return null;
        }

        private String surname(String label) {
            String[] parts = NameIndex.key(label).split(" ");
            return parts[parts.length - 1];
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
                article.ownEntities().put(person, new Entity(own.id(), own.type(), null, own.label(), own.aliases(), null,
                        null, null, null, own.country() != null ? own.country() : country, null, all, null, null, null, null));
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

        /** The person last named before a point of the article, preferring this sentence. */
        String latestPerson(int sentence, int token, List<Mention> here) {
            for (int i = here.size() - 1; i >= 0; i--) {
                Mention m = here.get(i);
                if (m.start() < token && isPerson(m.entity())) {
                    return m.entity();
                }
            }
            for (int i = seen.size() - 1; i >= 0; i--) {
                Mention m = seen.get(i);
                if (m.sentence() < sentence - 3) {
                    break;
                }
                if (isPerson(m.entity())) {
                    return m.entity();
                }
            }
            return null;
        }

        /**
         * The state, body or group last named before a point of the article;
         * in its own sentence, a subject or possessor first ("China's stance on
         * the Ukraine war and its efforts": its is China's).
         */
        String latestBody(Sentence s, int token, List<Mention> here) {
            int sentence = s.index();
            String fallback = null;
            for (int i = here.size() - 1; i >= 0; i--) {
                Mention m = here.get(i);
                if (m.start() < token && m.kind() != Mention.Kind.DEMONYM && isBody(m.entity())) {
                    boolean prominent = s.heads(m.head()).stream().anyMatch(d -> d.relation().matches("nsubj.*|nmod:poss"));
                    if (prominent) {
                        return m.entity();
                    }
                    if (fallback == null) {
                        fallback = m.entity();
                    }
                }
            }
            if (fallback != null) {
                return fallback;
            }
            for (int i = seen.size() - 1; i >= 0; i--) {
                Mention m = seen.get(i);
                if (m.sentence() < sentence - 2) {
                    break;
                }
                if (m.kind() != Mention.Kind.DEMONYM && isBody(m.entity())) {
                    return m.entity();
                }
            }
            return null;
        }

        private boolean isBody(String id) {
            return id != null && entities().find(id).map(e -> e.isAgent() && e.type() != EntityType.Person
                    && e.type() != EntityType.MediaOutlet).orElse(false);
        }

        /** The state named most often so far: the one "the government" means when the text does not say. */
        String focusState() {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention m : seen) {
                if (isState(m.entity())) {
                    counts.merge(m.entity(), m.sentence() <= 1 ? 3 : 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        }
    }

    /** Lower-case ASCII words joined by hyphens: the id an entity of the article's own gets from its name. */
    public static String slug(String label) {
        return NameIndex.fold(label).replaceAll("'s\\b", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Whether a dependency arc leads from one of these relations. */
    static boolean is(Dependency d, String... relations) {
        for (String r : relations) {
            if (d.relation().equals(r) || d.base().equals(r)) {
                return true;
            }
        }
        return false;
    }
}
