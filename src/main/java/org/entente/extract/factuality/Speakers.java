package org.entente.extract.factuality;

import java.util.Optional;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.pipeline.Language;

/**
 * Who speaks in a sentence, for the claims it reports: the subject or agent
 * of a reporting verb, the actor a speaker's words name ("US officials" are
 * the United States, "his critics" are not he), and the reporter of "as
 * reported by X" however the parser attached it.
 */
final class Speakers {
    private final Language language;

    Speakers(Language language) {
        this.language = language;
    }

    /**
     * "as reported by X" written after a clause, however the parser attached it:
     * the words "as", a reporting verb, "by", then an actor.
     */
    String asReportedBy(Sentence s, Actors actors) {
        for (int i = 0; i + 3 < s.size(); i++) {
            if (s.token(i).lemma().equals("as") && language.reportingVerbs().contains(s.token(i + 1).lemma())
                    && s.token(i + 1).tag().equals("VBN") && s.token(i + 2).lemma().equals("by")) {
                for (int k = i + 3; k < s.size() && k < i + 10; k++) {
                    String who = speaker(s, k, actors);
                    if (who != null) {
                        return who;
                    }
                }
            }
        }
        return null;
    }

    /** "…, as reported by CCTV", "…, as the minister said": a reporting verb in a clause opened by "as". */
    boolean asReported(Sentence s, int verb) {
        return language.reportingVerbs().contains(s.token(verb).lemma())
                && s.dependents(verb).stream().anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).lemma().equals("as"));
    }

    String subject(Sentence s, int verb, Actors actors) {
        for (Dependency d : s.dependents(verb)) {
            if (d.relation().equals("nsubj") || d.relation().equals("obl:agent")) {
                return speaker(s, d.dependent(), actors);
            }
        }
        return null;
    }

    /**
     * The actor who speaks: the mention at a token, or the state named in its
     * modifiers ("US officials"); not whom a speaker is against ("his critics").
     */
    String speaker(Sentence s, int token, Actors actors) {
        Optional<Mention> m = actors.at(s.index(), token);
        if (m.isPresent() && actors.isAgent(m.get().entity())) {
            return m.get().entity();
        }
        boolean against = language.adversaryNouns().contains(s.token(token).lemma());
        for (Dependency d : s.dependents(token)) {
            if (d.relation().matches("compound|amod|nmod:poss|nmod:of|appos") && !(against && d.relation().matches("nmod:poss|nmod:of"))) {
                Optional<Mention> mod = actors.at(s.index(), d.dependent());
                if (mod.isPresent() && actors.isAgent(mod.get().entity())) {
                    return mod.get().entity();
                }
            }
        }
        return null;
    }
}
