package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.claims.Entity;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.pipeline.Language;

/**
 * When a name the gazetteer or the article knows is not, here, the entity it
 * names: a region's demonym ("South American"), another state's body of the
 * same name ("the Chilean Congress"), another person of the same surname
 * ("Andrew Johnson"), a body's noun alone in a story about another state, a
 * month that is also a surname ("May 2020").
 */
final class Misreadings {
    private final Language language;
    private final NameIndex names;

    Misreadings(Language language, NameIndex names) {
        this.language = language;
        this.names = names;
    }

    /**
     * Whether a word makes the demonym after it a region's: "South", "Latin",
     * "Inter", written with a capital as part of the region's name ("South
     * American", "Inter-American"); not "north Syrian" or "inter-Korean".
     */
    boolean regional(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && language.regionQualifiers().contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a name the gazetteer or the article gives to one state's body is
     * said of another state's: "the Chilean Congress" and "the Congress of
     * Chile" are not the United States Congress, whose name is "Congress" too,
     * and "the Congress of Peru" is not the Chilean one named before.
     */
    boolean ofAnotherState(Sentence s, int start, int end, String entity, Cast cast) {
        String country = cast.entities().find(entity).map(e -> e.country()).orElse(null);
        if (country == null) {
            return false;
        }
        List<Integer> around = new ArrayList<>();
        if (start > 0) {
            around.add(s.token(start - 1).word().matches("'s?") && start >= 2 ? start - 2 : start - 1);
        }
        if (end + 1 < s.size() && s.token(end).lemma().equals("of")) {
            around.add(s.token(end + 1).lemma().equals("the") && end + 2 < s.size() ? end + 2 : end + 1);
        }
        for (int k : around) {
            NameIndex.Hit modifier = names.find(s.token(k).word());
            if (modifier != null && !modifier.entity().equals(country) && cast.isState(modifier.entity())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a surname the gazetteer knows follows a given name that none of
     * the person's names has ("Andrew Johnson" for Boris Johnson); initials
     * between them are passed over ("John R. Bolton").
     */
    boolean anotherGivenName(Sentence s, int surname, String person, Cast cast) {
        int k = surname - 1;
        while (k >= 0 && s.token(k).word().matches("\\p{Lu}\\.?")) {
            k--;
        }
        if (k < 0 || !s.token(k).isProperNoun() || !s.token(k).isCapitalised() || language.isTitle(s.token(k).lemma())
                || names.find(s.token(k).word()) != null) {
            return false;
        }
        String given = s.token(k).word().toLowerCase(Locale.ROOT);
        return cast.entities().find(person).map(e -> Stream.concat(Stream.of(e.label()), e.aliases().stream())
                .noneMatch(n -> Arrays.asList(n.toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(given))).orElse(false);
    }

    /**
     * Whether a name is a body's noun alone ("Congress", "the Senate") that the
     * gazetteer gives one state's body, in a story about another state, one
     * that has not named the body's own state so far.
     */
    boolean lonelyBodyOfAnotherState(Sentence s, int start, int end, String entity, Cast cast) {
        int from = s.token(start).lemma().equals("the") ? start + 1 : start;
        if (from >= end || !loneBodyNoun(s, from, end)) {
            return false;
        }
        String focus = cast.focusState();
        String country = cast.entities().find(entity).map(Entity::country).orElse(null);
        return focus != null && country != null && !focus.equals(country)
                && cast.seen().stream().noneMatch(m -> country.equals(m.entity()));
    }

    /** Whether a name is one capitalised noun for a body of a state ("Parliament", "Senate"), naming none by itself ("House" may name one). */
    boolean loneBodyNoun(Sentence s, int start, int end) {
        return end == start + 1 && language.namesABody(s.token(start).lemma());
    }

    /** Whether a word is part of a date: so tagged by the recogniser, or followed by a number ("May 2020", "May 5"). */
    static boolean isDate(Sentence s, int i) {
        return "DATE".equals(s.token(i).ner()) || i + 1 < s.size() && s.token(i + 1).tag().equals("CD");
    }
}
