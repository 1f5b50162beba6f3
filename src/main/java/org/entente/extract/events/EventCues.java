package org.entente.extract.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.entente.extract.actors.BodyReferences;
import org.entente.extract.actors.NameIndex;
import org.entente.extract.analyse.Analyser.Depth;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;

/**
 * The cheap test of how far to analyse a sentence, read from its lemmas and
 * parts of speech alone. A sentence is parsed when it has a verb or noun of the
 * event lexicon and a political actor: a name of the gazetteer, a political
 * title ("minister", not "director"), a state's government, forces,
 * police, parliament or courts, or, beside a trigger that is not a verb of saying, a name of two
 * words or an acronym the gazetteer does not know ("Amnesty International
 * called for ..."). It gets named entities too when it has capitalised names
 * the gazetteer does not know; so does a sentence with no event that brings in
 * someone unknown by a political title. Headlines are left shallow: the story
 * tells their events again, in full.
 */
public final class EventCues implements Function<Sentence, Depth> {
    /** A month's name in the middle of a sentence is a date, not a noun of the lexicon ("in March", "May"). */
    private static final Pattern MONTH = Pattern.compile("March|May");

    private final EventLexicon lexicon;
    private final Language language;
    private final NameIndex names;

    public EventCues(EventLexicon lexicon, Language language, NameIndex names) {
        this.lexicon = lexicon;
        this.language = language;
        this.names = names;
    }

    @Override
    public Depth apply(Sentence s) {
        boolean unpunctuated = !s.tokens().get(s.size() - 1).word().matches("[.!?\"'\u201D)]+");
        // the headline; and a heading, caption or map legend further on: no closing stop and no verb
        if (unpunctuated && (s.index() == 0 || s.tokens().stream().noneMatch(Token::isVerb))) {
            return Depth.SHALLOW;
        }
        boolean trigger = false;
        boolean saying = false;
        Set<String> lemmas = new HashSet<>();
        s.tokens().forEach(t -> {
            lemmas.add(t.lemma());
            lemmas.add(t.word().toLowerCase(Locale.ROOT));
        });
        for (Token t : s.tokens()) {
            for (EventEntry e : t.isVerb() ? lexicon.entries("verb", t.lemma()) : t.isNoun() ? lexicon.entries("noun", t.lemma())
                    : List.<EventEntry>of()) {
                if (!mayHold(e, lemmas) || t.isNoun() && t.index() > 0 && MONTH.matcher(t.word()).matches()) {
                    continue;
                }
                if (e.isSpeech()) {
                    saying = true;
                } else {
                    trigger = true;
                }
            }
        }
        // "an alliance between", "a partner for": standing relationships are read from the parse too
        trigger |= s.tokens().stream().anyMatch(t -> t.isNoun() && (language.allianceNouns().contains(t.lemma())
                || language.partnershipNouns().contains(t.lemma())));
        if (!trigger && !saying) {
            return introducesSomeone(s) ? Depth.NAMED : Depth.SHALLOW;
        }
        boolean known = false;
        boolean unknownName = false;
        boolean other = false;
        boolean unknownActor = false;
        boolean[] covered = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).isCapitalised()) {
                continue;
            }
            for (int len = Math.min(names.longest(), s.size() - i); len >= 1; len--) {
                NameIndex.Hit hit = names.find(s.tokenWords(i, i + len));
                if (hit != null && hit.agent()) {
                    known = true;
                    for (int k = i; k < i + len; k++) {
                        covered[k] = true;
                    }
                    break;
                }
            }
        }
        int run = 0;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            boolean name = t.isProperNoun() && !covered[i];
            run = name ? run + 1 : 0;
            if (name && (run >= 2 || i > 0)) {
                unknownName = true;
            }
            if (name && (run >= 2 || t.word().length() >= 2 && t.word().chars().allMatch(Character::isUpperCase))) {
                unknownActor = true;
            }
            String lemma = t.lemma();
            if (t.isNoun() && (language.politicalTitles().contains(lemma) || language.stateNouns().contains(lemma)
                    || language.militaryNouns().contains(t.word().toLowerCase(Locale.ROOT)) || language.policeNouns().contains(lemma)
                    || language.namesAParliament(lemma)
                    || language.courtNouns().contains(lemma) && !lemma.equals("justice")) || countedPair(s, i)) {
                other = true;
            }
        }
        // "It demanded his release": a sentence that opens on a pronoun carries on with the actor before it
        boolean carriedOn = trigger && s.token(0).tag().equals("PRP") && !language.isFirstPerson(s.token(0))
                && !s.token(0).lemma().equals("you");
        // "The group claimed responsibility": so does one that opens on a body it names before
        carriedOn |= trigger && s.size() > 2 && s.token(0).lemma().equals("the") && s.token(1).isNoun()
                && BodyReferences.refersBack(s.token(1).lemma());
        if (!known && !other && !carriedOn && !(trigger && unknownActor)) {
            return Depth.SHALLOW;
        }
        return unknownName ? Depth.NAMED : Depth.PARSED;
    }

    /**
     * Whether a plural noun counts a pair or more named before ("both sides",
     * "the two countries"), which Pairs reads once the sentence is parsed.
     */
    private boolean countedPair(Sentence s, int i) {
        Token t = s.token(i);
        if (i == 0 || !t.tag().equals("NNS")
                || !language.countedStateNouns().contains(t.lemma()) && !language.countedLeaderNouns().contains(t.lemma())) {
            return false;
        }
        return s.token(i - 1).lemma().equals("both") || i > 1 && s.token(i - 1).tag().equals("CD") && s.token(i - 2).lemma().equals("the");
    }

    /**
     * Whether the words an entry needs beside its trigger are in the sentence
     * at all: a particle ("call on"), one of its objects ("open fire"), a
     * compound ("phone call"), a required word ("martial law"), the
     * preposition it needs, or a court for what only courts do ("found that").
     * The parse decides whether they are where the entry wants them; without
     * them anywhere, no parse can make the entry hold.
     */
    private boolean mayHold(EventEntry e, Set<String> lemmas) {
        boolean court = !"court".equals(e.subjectIs()) || lemmas.contains("court")
                || language.courtNouns().stream().anyMatch(lemmas::contains);
        return court && anyIn(e.particle(), lemmas) && anyIn(e.objects(), lemmas) && anyIn(e.compound(), lemmas)
                && anyIn(e.requires(), lemmas) && (e.needs() == null || lemmas.contains(e.needs()));
    }

    private static boolean anyIn(List<String> words, Set<String> lemmas) {
        return words.isEmpty() || words.stream().anyMatch(lemmas::contains);
    }

    /**
     * Whether a sentence with no event introduces someone the gazetteer does
     * not know by their political title ("Bolivian President Evo Mamani spoke
     * on Monday"): it is named and parsed too, so that the name, its title and
     * its state are known when a later sentence calls that person by a short
     * name or a pronoun.
     */
    private boolean introducesSomeone(Sentence s) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.token(i).isNoun() && language.politicalTitles().contains(s.token(i).lemma()) && s.token(i + 1).isProperNoun()
                    && s.token(i + 2).isProperNoun() && names.find(s.tokenWords(i + 1, i + 3)) == null) {
                return true;
            }
        }
        return false;
    }
}
