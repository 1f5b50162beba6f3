package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * government"); pronouns, resolved to the nearest fitting actor before them;
 * and "I" and "we" in a quotation, resolved to its speaker ({@link Quotes}).
 */
public final class ActorStage implements Stage {
    private final Gazetteer gazetteer;
    private final NameIndex names;
    private final Language language;
    private final Descriptions descriptions;
    private final LowerCaseNames lowerCaseNames;
    private final Misreadings misreadings;

    public ActorStage(Gazetteer gazetteer, NameIndex names, Language language) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.language = language;
        this.descriptions = new Descriptions(gazetteer, language, names);
        this.lowerCaseNames = LowerCaseNames.of(gazetteer);
        this.misreadings = new Misreadings(language, names);
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
        Cast cast = new Cast(article, gazetteer, descriptions);
        Pairs pairs = new Pairs(language, cast);
        Pronouns pronouns = new Pronouns(language, cast, pairs);
        Quotes quotes = new Quotes(article.text(), language);
        for (Sentence s : article.analysis().sentences()) {
            List<Mention> found = new ArrayList<>(names(s, cast));
            if (s.isParsed()) {
                found.addAll(namedEntities(s, found, cast));
            }
            Acronyms.find(s, found, cast);
            found.addAll(shortNames(s, found, cast));
            if (s.isParsed()) {
                found.addAll(descriptions.find(s, found, cast));
            }
            found.addAll(pronouns.resolve(s, found));
            pronouns.ownersStates(s, found);
            found.addAll(pairs.find(s, found));
            found.addAll(quotes.firstPerson(s, found));
            found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
            for (Mention m : found) {
                cast.saw(m);
            }
            article.mentions().addAll(found);
        }
        List<Mention> late = quotes.namedAtTheClose(article.analysis().sentences(), article.mentions());
        if (!late.isEmpty()) {
            article.mentions().addAll(late);
            article.mentions().sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start)
                    .thenComparingInt(m -> -m.end()));
        }
    }

    /** How many words the longest gazetteer name starting at a token has; 0 when none starts there. */
    private int longestNameAt(Sentence s, int i) {
        for (int len = Math.min(names.longest(), s.size() - i); len >= 1; len--) {
            if (names.find(s.tokenWords(i, i + len)) != null) {
                return len;
            }
        }
        return 0;
    }

    /** Gazetteer names, longest first, and the states inside hyphenated words ("Sino-Russian", "Saudi-led"). */
    private List<Mention> names(Sentence s, Cast cast) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int matched = 0;
            for (int len = Math.min(names.longest(), s.size() - i); len >= 1 && matched == 0; len--) {
                Token first = s.token(i);
                // "the Queen", "the Pope": a title the gazetteer gives with its article for the one who holds it, as
                // written mid-sentence; not "the House" or "the Commission", which the descriptions read with the story's
                // state, nor "the UN Security Council", a longer name after the article
                boolean withArticle = first.word().equals("the") && i + 1 < s.size() && s.token(i + 1).isCapitalised()
                        && isTitleWord(s.token(i + 1)) && longestNameAt(s, i + 1) <= 1;
                if (!first.isCapitalised() && !withArticle) {
                    break;
                }
                if (withArticle && len != 2) {
                    continue;
                }
                String words = s.tokenWords(i, i + len);
                NameIndex.Hit hit = names.find(words);
                String own = len == 1 && hit != null && !hit.demonym() ? cast.known(words) : null;
                if (own != null && !own.equals(hit.entity()) && cast.isOwn(own)) {
                    hit = new NameIndex.Hit(own, false, true, 3);
                }
                if (hit != null && !hit.demonym() && misreadings.ofAnotherState(s, i, i + len, hit.entity(), cast)) {
                    hit = null;
                }
                if (hit != null && !hit.demonym() && misreadings.lonelyBodyOfAnotherState(s, i, i + len, hit.entity(), cast)) {
                    // "Congress" in a story about Peru is Peru's congress, which the descriptions find
                    hit = null;
                }
                if (hit != null && hit.demonym() && len == 1 && i > 0 && misreadings.regional(s.token(i - 1).word())) {
                    // "South American", "Latin American": a region's, no state's
                    hit = null;
                }
                if (hit != null && len >= 2 && first.word().equals("The") && !s.token(i + 1).isCapitalised()) {
                    // "The commission" opening a sentence is "the commission", no name: a description
                    hit = null;
                }
                if (hit != null && len == 1 && cast.isPerson(hit.entity()) && Misreadings.isDate(s, i)) {
                    // "in May 2020" is no Theresa May
                    hit = null;
                }
                if (hit != null && len == 1 && cast.isPerson(hit.entity()) && misreadings.anotherGivenName(s, i, hit.entity(), cast)) {
                    // "Andrew Johnson" is not Boris Johnson
                    hit = null;
                }
                if (hit != null && !(len == 1 && isTitleWord(first) && !hit.demonym())) {
                    out.add(new Mention(s.index(), i, i + len, i + len - 1, hit.entity(),
                            hit.demonym() ? Mention.Kind.DEMONYM : Mention.Kind.NAME));
                    matched = len;
                }
            }
            if (matched == 0 && !s.token(i).isCapitalised()) {
                matched = lowerCaseNames.find(s, i, out);
            }
            String combined = matched == 0 && i + 2 < s.size() && s.token(i + 1).word().equals("-") && s.token(i).isCapitalised()
                    ? names.combiningForm(s.token(i).word()) : null;
            if (combined != null) {
                // "Sino-Russian" cut in three by the tokeniser
                out.add(new Mention(s.index(), i, i + 1, i, combined, Mention.Kind.DEMONYM));
            }
            if (matched == 0 && s.token(i).word().contains("-")) {
                String[] parts = s.token(i).word().split("-");
                for (int p = 0; p < parts.length; p++) {
                    String part = parts[p];
                    String state = names.combiningForm(part);
                    NameIndex.Hit hit = state == null ? names.find(part) : new NameIndex.Hit(state, true, true, 2);
                    // "Inter-American", "Pan-American": a region's
                    boolean region = p > 0 && misreadings.regional(parts[p - 1]);
                    if (hit != null && !part.isEmpty() && Character.isUpperCase(part.charAt(0)) && !region) {
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
            if (ner.equals("PERSON")) {
                end = withSuffix(s, end);
            }
            int start = i;
            while (start < end && (isTitleWord(s.token(start)) || s.token(start).tag().equals("DT"))) {
                start++;
            }
            i = end;
            if (start == end) {
                continue;
            }
            int from = start;
            int to = end;
            List<Mention> here = List.copyOf(known);
            if (overlapsName(known, start, end)) {
                boolean inside = ner.equals("PERSON") ? insidePersonName(known, start, end, cast)
                        : insideBodyName(s, known, start, end, cast);
                if (!inside) {
                    continue;
                }
                known.removeIf(m -> m.start() >= from && m.end() <= to);
            }
            String label = words(s, start, end, cast.text());
            if (!ner.equals("PERSON") && misreadings.loneBodyNoun(s, start, end) && cast.known(label) == null) {
                continue; // "Parliament" alone: the body of the state at hand, which the descriptions find
            }
            String entity = ner.equals("PERSON") ? cast.person(label, s, start, end, here) : cast.organisation(label, s, start, end, here);
            if (entity != null) {
                out.add(new Mention(s.index(), start, end, headOf(s, start, end), entity, Mention.Kind.NAME));
                // "Organization of American States" speaks for no American state; "Peruvian Navy" does for Peru
                known.removeIf(m -> m.kind() == Mention.Kind.DEMONYM && m.start() > from && m.end() <= to);
            }
        }
        return out;
    }

    /** The end of a person's name with the generational suffix after it, if any: "Cyrus R. Vance, Jr.". */
    private static int withSuffix(Sentence s, int end) {
        int comma = end < s.size() && s.token(end).word().equals(",") ? 1 : 0;
        return end + comma < s.size() && s.token(end + comma).word().matches(Cast.SUFFIX) ? end + comma + 1 : end;
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
            int start = joinedBefore(s, i, known);
            String entity = cast.known(words(s, start, end, cast.text()));
            if (entity == null && start < i) {
                start = i;
                entity = cast.known(words(s, i, end, cast.text()));
            }
            if (entity != null && !misreadings.ofAnotherState(s, start, end, entity, cast)) {
                out.add(new Mention(s.index(), start, end, s.isParsed() ? headOf(s, start, end) : end - 1, entity, Mention.Kind.NAME));
            }
            i = end;
        }
        return out;
    }

    /**
     * Where a name begins that the tokeniser cut at a hyphen: "al-Muhandis"
     * comes as "al", "-", "Muhandis", with no space between them.
     */
    private static int joinedBefore(Sentence s, int first, List<Mention> known) {
        int start = first;
        while (start >= 2 && s.token(start - 1).word().equals("-") && s.token(start - 1).end() == s.token(start).begin()
                && s.token(start - 2).end() == s.token(start - 1).begin() && !covered(known, start - 2)) {
            start -= 2;
        }
        return start;
    }

    /** Whether the names inside a person's name are only places or states ("Holland" in "Nikki Holland"). */
    private static boolean insidePersonName(List<Mention> known, int start, int end, Cast cast) {
        return known.stream().filter(m -> m.start() < end && start < m.end()).allMatch(m -> m.start() >= start && m.end() <= end
                && m.end() - m.start() < end - start && !cast.isPerson(m.entity()));
    }

    /**
     * Whether the names inside an organisation's name are only the state it
     * belongs to, the name going on past it ("United States Department of
     * Transportation", "Bank of England"): the body is an actor of its own.
     * Not so when it is only a word for the state itself and the state ("the
     * Government of Iraq" is Iraq acting); a word for the state with words of
     * its own is a body ("the Foreign Ministry of Iraq").
     */
    private boolean insideBodyName(Sentence s, List<Mention> known, int start, int end, Cast cast) {
        int head = headOf(s, start, end);
        boolean stateNoun = language.stateNouns().contains(s.token(head).lemma().toLowerCase(Locale.ROOT));
        boolean wordsOfItsOwn = java.util.stream.IntStream.range(start, end)
                .anyMatch(k -> k != head && !covered(known, k) && !s.token(k).tag().matches("DT|IN|POS"));
        // a state's name at its head is the state ("the Republic of Peru"), unless words of the body's own come before
        // it: "Mazars USA", a company named with the country it works in
        return (!stateNoun || wordsOfItsOwn)
                && known.stream().filter(m -> m.start() < end && start < m.end()).allMatch(m -> m.start() >= start && m.end() <= end
                        && (!m.covers(head) || m.end() == end && m.start() > start && wordsOfItsOwn && !stateNoun) && cast.isState(m.entity()));
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
