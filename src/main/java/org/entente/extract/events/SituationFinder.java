package org.entente.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.claims.Participant;
import org.entente.claims.Role;
import org.entente.claims.SituationType;
import org.entente.extract.entities.Mention;
import org.entente.extract.lexicon.CueLexicon;
import org.entente.extract.lexicon.Trigger;
import org.entente.extract.lexicon.TriggerLexicon;
import org.entente.extract.nlp.Sentence;
import org.entente.extract.nlp.TextAnalyser;
import org.entente.extract.nlp.Token;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.gazetteer.Gazetteer;

/**
 * Finds, in one sentence, the triggers of the lexicon and the participants
 * around each: the subject and object of a verb; the possessor of a noun
 * ("Russia's invasion"), the agents after "between", "with", "of", "on", "for",
 * "involving"; the subject of a light verb before a noun ("X engaged in a
 * telephone conversation", "X's efforts to convene a summit"). Also offices
 * held ("Chinese President Xi Jinping"), who the sentence attributes its claims
 * to, and its hedges, modals and negation. Immutable; safe to share.
 */
public final class SituationFinder {
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "--", "-");
    private static final int REQUIRED_REACH = 5;

    private final TriggerLexicon lexicon;
    private final CueLexicon cues;
    private final Gazetteer gazetteer;

    public SituationFinder(TriggerLexicon lexicon, CueLexicon cues, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.gazetteer = gazetteer;
    }

    /** The candidates of one sentence, in text order. */
    public List<Candidate> find(Sentence s, List<Mention> mentions) {
        View v = new View(s, mentions);
        Attribution attribution = attribution(v);
        List<Candidate> found = new ArrayList<>(offices(v));
        String lower = TextAnalyser.plainLower(s.text());
        boolean[] used = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            if (used[i]) {
                continue;
            }
            int matchedEnd = -1;
            for (TriggerLexicon.Phrase p : lexicon.phrases()) {
                int end = phraseAt(s, lower, i, p.text());
                if (end < 0 || matchedEnd >= 0 && end != matchedEnd || !fits(v, i, end, p.trigger())) {
                    continue;
                }
                matchedEnd = end;
                Candidate c = candidate(v, i, end, p.trigger(), attribution);
                if (c != null) {
                    found.add(c);
                }
            }
            if (matchedEnd > 0) {
                for (int k = i; k < matchedEnd; k++) {
                    used[k] = true;
                }
            }
        }
        return found;
    }

    /** The token index just past the phrase if it starts at token {@code i} and ends at a token end; else -1. */
    private static int phraseAt(Sentence s, String lower, int i, String phrase) {
        int from = s.token(i).start() - s.start();
        return lower.startsWith(phrase, from) ? s.tokenEndingAt(i, s.start() + from + phrase.length()) : -1;
    }

    private boolean fits(View v, int first, int end, Trigger t) {
        if (v.covered(first) != null && v.covered(first).isAgent()) {
            return false;
        }
        boolean pos = false;
        if (t.isNoun()) {
            for (int k = first; k < end; k++) {
                pos |= v.s.token(k).is("NOUN", "PROPN");
            }
        } else {
            pos = v.s.token(first).is("VERB", "AUX");
        }
        if (!pos) {
            return false;
        }
        if (t.requires().isEmpty()) {
            return true;
        }
        String near = near(v, first, end);
        for (String w : t.requires()) {
            if (containsWord(near, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-case text around a trigger where a required word must stand: its object or the
     * words before it, at most {@value #REQUIRED_REACH} tokens either side and within its clause
     * ("bought Russian oil", "the group established", not "bought time while oil prices fell").
     */
    private String near(View v, int first, int end) {
        int from = clauseStart(v, first, REQUIRED_REACH);
        int to = end;
        while (to < Math.min(v.s.size(), end + REQUIRED_REACH)) {
            Token t = v.s.token(to);
            if (CLAUSE_BREAKS.contains(t.norm()) || cues.clauseOpeners().contains(t.lower())
                    || cues.relatives().contains(t.lower())) {
                break;
            }
            to++;
        }
        int base = v.s.start();
        return TextAnalyser.plainLower(v.s.text()).substring(v.s.token(from).start() - base, v.s.token(to - 1).end() - base);
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean left = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int e = at + word.length();
            boolean right = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (left && right) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    private Candidate candidate(View v, int first, int end, Trigger t, Attribution attribution) {
        Map<String, Role> roles = new LinkedHashMap<>();
        List<String> themes = new ArrayList<>();
        String[] place = new String[1];
        boolean inferred = false;
        boolean stateLevel = t.actorsAsStates();
        int npStart = t.isNoun() ? nounPhraseStart(v, first) : first;
        for (Map.Entry<String, String> slot : t.slots().entrySet()) {
            String name = slot.getKey();
            if (name.equals("subject") || name.equals("object") || name.equals("by")) {
                continue;
            }
            if (name.equals("possessor")) {
                fill(roles, themes, slot.getValue(), possessor(v, first));
            } else if (name.equals("in")) {
                Mention m = afterPreposition(v, end, "in");
                if (m != null && m.place() != null) {
                    place[0] = m.place();
                } else if (m != null && m.isAgent() && isPlace(m.agents().get(0))) {
                    place[0] = m.agents().get(0);
                }
            } else {
                Group g = prepositional(v, end, name);
                if (g != null && representsState(v, g)) {
                    stateLevel = true;
                }
                fill(roles, themes, slot.getValue(), g);
            }
        }
        String subjectRole = t.slots().get("subject");
        String objectRole = t.slots().get("object");
        String byRole = t.slots().get("by");
        if (t.isNoun()) {
            if (subjectRole != null) {
                fill(roles, themes, subjectRole, nounSubject(v, npStart, first));
            }
            if (byRole != null) {
                fill(roles, themes, byRole, prepositional(v, end, "by"));
            }
            // a noun with only a partner ("communications with U.S. officials"): the clause's subject is the other side
            boolean onlyPartner = roles.size() > 0 && t.slots().containsKey("with")
                    && roles.keySet().stream().allMatch(id -> withPartner(v, end, id));
            if (onlyPartner) {
                Group clauseSubject = clauseSubject(v, npStart);
                if (clauseSubject != null) {
                    fill(roles, themes, subjectRole != null ? subjectRole : "participant", clauseSubject);
                    inferred = true;
                }
            }
        } else {
            boolean passive = passive(v, first, end);
            Group left = subjectOfVerb(v, first);
            if (left == null) {
                left = openingClauseSubject(v, first);
            }
            Group by = prepositional(v, end, "by");
            if (passive) {
                if (objectRole != null) {
                    Group theme = left != null ? left : passiveTheme(v, first);
                    fill(roles, themes, objectRole, theme);
                }
                Group agent = by;
                if (agent == null && subjectRole != null) {
                    agent = firstGroupOtherThan(v, first, roles.keySet(), themes);
                    inferred = agent != null;
                }
                fill(roles, themes, subjectRole, agent);
            } else {
                fill(roles, themes, subjectRole, left);
                if (objectRole != null) {
                    fill(roles, themes, objectRole, verbObject(v, end));
                }
            }
        }
        if (place[0] == null && lexiconEvent(t) && !t.isNoun()) {
            place[0] = placeAround(v, first, end);
        }
        List<Participant> participants = new ArrayList<>();
        roles.forEach((id, role) -> participants.add(new Participant(id, role)));
        if (stateLevel) {
            participants.replaceAll(p -> new Participant(stateOf(p.entity()), p.role()));
            List<Participant> distinct = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Participant p : participants) {
                if (seen.add(p.entity())) {
                    distinct.add(p);
                }
            }
            participants.clear();
            participants.addAll(distinct);
        }
        boolean definite = definite(v, npStart) && t.isNoun();
        boolean recent = t.isNoun() && hasBefore(v, npStart, first, cues.earlierQualifiers());
        Modality modality = modality(v, t, first, end, npStart);
        Factuality factuality = modality.factuality();
        String source = attribution.covers(first) ? attribution.source() : null;
        if (source != null && participants.isEmpty()) {
            source = null;
        }
        if (source != null && factuality == Factuality.ASSERTED) {
            factuality = Factuality.REPORTED;
        }
        EventStatus status = lexiconEvent(t) ? status(t, modality) : null;
        double confidence = confidence(t, participants.size(), inferred, factuality);
        return new Candidate(t.type(), v.s.index(), first, end, participants, themes, place[0], definite,
                key(v, t, first, end, participants), factuality, source, status, recent, stateLevel, confidence);
    }

    private static boolean lexiconEvent(Trigger t) {
        return t.type().kind() == SituationType.Kind.EVENT;
    }

    private void fill(Map<String, Role> roles, List<String> themes, String role, Group g) {
        if (role == null || g == null) {
            return;
        }
        if (role.equals("theme")) {
            g.agents().forEach(id -> {
                if (!themes.contains(id)) {
                    themes.add(id);
                }
            });
            return;
        }
        if (role.equals("place")) {
            return;
        }
        Role r = Role.fromJson(role);
        for (String id : g.agents()) {
            roles.putIfAbsent(id, r);
        }
    }

    private boolean isPlace(String id) {
        return gazetteer.find(id).map(Entity::isPlace).orElse(false);
    }

    private String stateOf(String id) {
        return gazetteer.find(id)
                .filter(e -> e.type() == EntityType.Person && e.country() != null)
                .map(Entity::country)
                .orElse(id);
    }

    // ---- where participants are found

    /** Leftmost token of the noun phrase ending in the trigger: adjectives, numbers, compounds, a possessor. */
    private int nounPhraseStart(View v, int first) {
        int k = first - 1;
        int steps = 0;
        while (k >= 0 && steps < 6) {
            Token t = v.s.token(k);
            Mention m = v.covered(k);
            if (m != null && m.isAgent() && (m.lastWithPossessive() == k)) {
                k = m.first() - 1;
                Group g = v.groupEndingAt(m.lastWithPossessive());
                if (g != null) {
                    k = g.first() - 1;
                }
                steps++;
                continue;
            }
            if (t.norm().equals("'s") || t.norm().equals("'")) {
                Group g = v.groupEndingAt(k);
                k = g != null ? g.first() - 1 : k - 1;
                steps++;
                continue;
            }
            boolean participle = t.is("VERB") && (t.lower().endsWith("ing") || t.lower().endsWith("ed"))
                    && k > 0 && v.s.token(k - 1).is("DET", "ADJ");
            if (t.is("ADJ", "NUM", "ADV", "DET") || participle || t.norm().equals("-") || t.is("NOUN") && m == null
                    || t.is("PRON") && cues.possessivePronouns().contains(t.lower())) {
                if (t.is("DET")) {
                    return k;
                }
                k--;
                steps++;
                continue;
            }
            break;
        }
        return k + 1;
    }

    /** "Russia's full-scale invasion", "Western sanctions", "the Ukraine war", "Xi and Putin's call". */
    private Group possessor(View v, int first) {
        int k = first - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 4 && v.covered(k) == null
                && (v.s.token(k).is("ADJ", "NUM", "ADV") || v.s.token(k).norm().equals("-") || participle(v.s.token(k)))) {
            k--;
            skipped++;
        }
        if (k < 0) {
            return null;
        }
        Group g = v.groupEndingAt(k);
        if (g == null) {
            return null;
        }
        Mention last = v.covered(g.last() - (g.possessive() ? 1 : 0));
        if (last == null) {
            last = v.covered(g.last());
        }
        if (last != null && (last.kind() == Mention.Kind.PRONOUN && !last.possessive())) {
            return null;
        }
        return g;
    }

    private static boolean participle(Token t) {
        return t.is("VERB") && (t.lower().endsWith("ing") || t.lower().endsWith("ed"));
    }

    /** The agent group nearest before a verb, within its clause. */
    private Group subjectOfVerb(View v, int first) {
        int k = first - 1;
        int steps = 0;
        while (k >= 0 && steps < 15) {
            Token t = v.s.token(k);
            Group g = v.groupEndingAt(k);
            if (g != null) {
                return g;
            }
            if (CLAUSE_BREAKS.contains(t.norm()) || cues.relatives().contains(t.lower()) && !t.is("DET")) {
                return null;
            }
            k--;
            steps++;
        }
        return null;
    }

    /** "By expressing approval of ..., Xi Jinping signalled ...": the opening clause's doer is the main subject. */
    private Group openingClauseSubject(View v, int first) {
        if (v.s.size() == 0 || !cues.openingPrepositions().contains(v.s.token(0).lower())) {
            return null;
        }
        for (int k = 0; k < first; k++) {
            if (v.s.token(k).norm().equals(",")) {
                return null;
            }
        }
        for (int k = first; k < v.s.size(); k++) {
            if (v.s.token(k).norm().equals(",")) {
                return v.groupAt(k + 1);
            }
        }
        return null;
    }

    /** The subject of a light verb before the noun: "X engaged in a call", "X's efforts to convene a summit", "X as a mediator". */
    private Group nounSubject(View v, int npStart, int first) {
        int k = npStart - 1;
        for (String light : cues.lightVerbs()) {
            String[] words = light.split(" ");
            int from = k - words.length + 1;
            if (v.s.wordsAt(from, words)) {
                Group g = subjectOfVerb(v, from);
                return g != null ? g : openingClauseSubject(v, first);
            }
        }
        return null;
    }

    /** The first agent group of the clause holding the token: the clause's subject. */
    private Group clauseSubject(View v, int at) {
        int start = 0;
        for (int k = at - 1; k >= 0; k--) {
            if (CLAUSE_BREAKS.contains(v.s.token(k).norm())) {
                start = k + 1;
                break;
            }
        }
        for (int k = start; k < at; k++) {
            Group g = v.groupAt(k);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** The first agent group after a verb, past determiners and adjectives. */
    private Group verbObject(View v, int end) {
        int k = end;
        int skipped = 0;
        while (k < v.s.size() && skipped < 3 && v.groupAt(k) == null && v.s.token(k).is("DET", "ADJ", "ADV", "NUM")) {
            k++;
            skipped++;
        }
        return k < v.s.size() ? v.groupAt(k) : null;
    }

    /** The agents after a preposition that follows the trigger: "between X and Y", "with X", "on X". */
    private Group prepositional(View v, int end, String preposition) {
        int at = -1;
        if (preposition.equals("between") || preposition.equals("by")) {
            for (int k = end; k < Math.min(v.s.size(), end + 6); k++) {
                String w = v.s.token(k).lower();
                if (w.equals(preposition)) {
                    at = k;
                    break;
                }
                if (CLAUSE_BREAKS.contains(w) || v.s.token(k).is("VERB", "AUX") || v.covered(k) != null) {
                    break;
                }
            }
        } else if (end < v.s.size() && v.s.token(end).lower().equals(preposition)) {
            at = end;
        }
        if (at < 0) {
            return null;
        }
        int k = at + 1;
        while (k < v.s.size() && v.groupAt(k) == null
                && (v.s.token(k).is("DET") || v.s.token(k).lower().equals("both"))) {
            k++;
        }
        return k < v.s.size() ? v.groupAt(k) : null;
    }

    private Mention afterPreposition(View v, int end, String preposition) {
        if (end >= v.s.size() || !v.s.token(end).lower().equals(preposition)) {
            return null;
        }
        int k = end + 1;
        while (k < v.s.size() && v.s.token(k).is("DET")) {
            k++;
        }
        Mention m = k < v.s.size() ? v.covered(k) : null;
        return m != null && m.first() == k ? m : null;
    }

    private boolean withPartner(View v, int end, String id) {
        Group g = prepositional(v, end, "with");
        return g != null && g.agents().contains(id);
    }

    /** "U.S. officials", "Russian diplomats": a state acting through its representatives. */
    private boolean representsState(View v, Group g) {
        int after = g.last() + 1;
        return after < v.s.size() && cues.stateRepresentatives().contains(v.s.token(after).lower());
    }

    /**
     * A passive participle: after a form of "be" or "get", an adverb allowed between ("was brutally
     * invaded", "was further sanctioned"); or a participle reducing a relative clause after a common noun that is not its
     * clause's subject ("praised by the group established in 2023"). "Russia invaded in 2022" is active.
     */
    private boolean passive(View v, int first, int end) {
        int k = first - 1;
        if (k >= 0 && v.s.token(k).is("ADV", "ADJ") && !cues.passiveAuxiliaries().contains(v.s.token(k).lower())) {
            k--;
        }
        if (k >= 0 && cues.passiveAuxiliaries().contains(v.s.token(k).lower())) {
            return true;
        }
        return reducedRelative(v, first, end);
    }

    private boolean reducedRelative(View v, int first, int end) {
        if (first == 0 || !v.s.token(first).lower().endsWith("ed")) {
            return false;
        }
        Token before = v.s.token(first - 1);
        if (!before.is("NOUN") || v.covered(first - 1) != null) {
            return false;
        }
        if (end < v.s.size() && !v.s.token(end).is("ADP", "PUNCT")) {
            return false;
        }
        for (int j = first - 2; j >= 0; j--) {
            Token t = v.s.token(j);
            if (CLAUSE_BREAKS.contains(t.norm())) {
                return false;
            }
            if (t.is("VERB", "AUX", "ADP") && v.covered(j) == null) {
                return true;
            }
        }
        return false;
    }

    /** The agent just before a passive participle: "the "Friends of Peace" group established". */
    private Group passiveTheme(View v, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            Group g = v.groupEndingAt(k);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** The sentence's first agent group before the trigger that is not already taken: its topic, the likely doer. */
    private Group firstGroupOtherThan(View v, int before, Set<String> taken, List<String> themes) {
        for (Group g : v.groups) {
            if (g.first() >= before) {
                return null;
            }
            if (g.agents().stream().noneMatch(a -> taken.contains(a) || themes.contains(a))) {
                return g;
            }
        }
        return null;
    }

    /** "in Kyiv" after the trigger in its clause, or "in Kyiv, where ..." before it. */
    private String placeAround(View v, int first, int end) {
        for (int k = end; k < v.s.size() - 1; k++) {
            String w = v.s.token(k).lower();
            if (CLAUSE_BREAKS.contains(w)) {
                break;
            }
            if (w.equals("in") || w.equals("at")) {
                Mention m = afterPreposition(v, k, w);
                if (m != null && m.place() != null) {
                    return m.place();
                }
            }
        }
        for (int k = first - 1; k >= 2; k--) {
            if (v.s.token(k).lower().equals("where") && v.s.token(k - 1).norm().equals(",")) {
                Mention m = v.covered(k - 2);
                if (m != null && m.place() != null && m.first() > 0
                        && Set.of("in", "at").contains(v.s.token(m.first() - 1).lower())) {
                    return m.place();
                }
            }
        }
        return null;
    }

    private boolean definite(View v, int npStart) {
        if (npStart < 0 || npStart >= v.s.size()) {
            return false;
        }
        return cues.definiteDeterminers().contains(v.s.token(npStart).lower());
    }

    private static boolean hasBefore(View v, int from, int to, List<String> words) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (words.contains(v.s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    // ---- what tells situations apart

    private String key(View v, Trigger t, int first, int end, List<Participant> participants) {
        SituationType type = t.type();
        if (type == SituationType.Support) {
            return stance(v, end);
        }
        if (type.kind() == SituationType.Kind.RELATIONSHIP) {
            for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
                String w = v.s.token(k).lower();
                if (cues.domainQualifiers().contains(w)) {
                    return w;
                }
                if (!v.s.token(k).is("ADJ", "ADV")) {
                    break;
                }
            }
            for (int k = first; k < end; k++) {
                String w = v.s.token(k).lower();
                if (cues.domainQualifiers().contains(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The stance supported: "support for dialogue", "commitment to peace", "principles of non-interference". */
    private String stance(View v, int end) {
        if (end >= v.s.size() || !Set.of("for", "to", "of").contains(v.s.token(end).lower())) {
            return null;
        }
        int k = end + 1;
        while (k < v.s.size() && v.s.token(k).is("DET")) {
            k++;
        }
        if (k < v.s.size() && v.covered(k) != null && v.covered(k).isAgent()) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int n = 0; k < v.s.size() && n < 3; k++, n++) {
            Token t = v.s.token(k);
            if (!t.is("NOUN", "PROPN", "ADJ", "VERB") || CLAUSE_BREAKS.contains(t.norm())) {
                break;
            }
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(t.lower());
            if (t.is("NOUN") && (k + 1 >= v.s.size() || !v.s.token(k + 1).is("NOUN"))) {
                break;
            }
        }
        return phrase.length() == 0 ? null : cues.stanceConcept(phrase.toString());
    }

    // ---- how firmly, and on whose word

    /** What the words around a trigger say of it: how firmly it is claimed, and whether it is still to come. */
    private record Modality(Factuality factuality, boolean planned, boolean ongoing) {
    }

    private Modality modality(View v, Trigger t, int first, int end, int npStart) {
        String before = window(v, clauseStart(v, first, 8), first);
        String near = window(v, clauseStart(v, first, 4), first);
        String phrase = window(v, first, end);
        String after = t.isNoun() ? predicateAfter(v, end) : " ";
        boolean future = any(before + phrase + after, cues.future());
        boolean negated = negated(near) || any(near + after, cues.cancelled())
                || t.isNoun() && hasBefore(v, npStart, first, cues.negatingDeterminers());
        Factuality f;
        if (negated) {
            f = Factuality.NEGATED;
        } else if (future) {
            f = Factuality.PREDICTED;
        } else if (any(before + after, cues.hedge())) {
            f = Factuality.HEDGED;
        } else {
            f = Factuality.ASSERTED;
        }
        boolean planned = future || any(before, cues.planned()) || any(near + after, cues.postponed());
        return new Modality(f, planned, any(before, cues.ongoing()));
    }

    /**
     * Where the words before a trigger that can bear on it begin: at most {@code size} tokens back,
     * never across a comma, a subordinating word ("although", "but") or an "and" that opens a
     * clause with a subject of its own.
     */
    private int clauseStart(View v, int first, int size) {
        int limit = Math.max(0, first - size);
        for (int k = first - 1; k >= limit; k--) {
            Token t = v.s.token(k);
            if (CLAUSE_BREAKS.contains(t.norm()) || cues.clauseOpeners().contains(t.lower())
                    || t.lower().equals("and") && v.groupAt(k + 1) != null && !insideGroup(v, k)) {
                return k + 1;
            }
        }
        return limit;
    }

    private static boolean insideGroup(View v, int k) {
        return v.groups.stream().anyMatch(g -> g.first() < k && k < g.last());
    }

    /**
     * The predicate after a noun trigger that is its clause's subject, up to and including its
     * first verb: "the meeting with Xi would happen", "the visit was cancelled".
     */
    private String predicateAfter(View v, int end) {
        int k = end;
        while (k < v.s.size() && k < end + 8 && (v.covered(k) != null
                || v.s.token(k).is("ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM", "CCONJ"))) {
            if (CLAUSE_BREAKS.contains(v.s.token(k).norm())) {
                return " ";
            }
            k++;
        }
        int from = k;
        while (k < v.s.size() && k < from + 4 && v.s.token(k).is("AUX", "PART", "ADV")) {
            k++;
        }
        if (k < v.s.size() && v.s.token(k).is("VERB")) {
            k++;
        }
        return from < k ? window(v, from, k) : " ";
    }

    private boolean negated(String window) {
        String w = window;
        for (String exception : cues.negationExceptions()) {
            w = w.replace(" " + exception + " ", " ");
        }
        return any(w, cues.negation());
    }

    private static EventStatus status(Trigger t, Modality m) {
        if (m.planned()) {
            return EventStatus.PLANNED;
        }
        if (m.ongoing()) {
            return EventStatus.ONGOING;
        }
        return switch (t.type()) {
            case ArmedConflict, Sanctions, EnergyImport, Trade -> t.isNoun() ? EventStatus.ONGOING : EventStatus.OCCURRED;
            default -> EventStatus.OCCURRED;
        };
    }

    /**
     * Lower-case tokens from..to, each with a space either side, so phrases match whole words. A
     * modal that is not tagged as an auxiliary ("in May", "political will") is marked so no cue matches it.
     */
    private String window(View v, int from, int to) {
        StringBuilder b = new StringBuilder(" ");
        for (int k = from; k < to; k++) {
            Token t = v.s.token(k);
            if (cues.modals().contains(t.lower()) && !t.is("AUX")) {
                b.append('~');
            }
            b.append(t.lower()).append(' ');
        }
        return b.toString();
    }

    private static boolean any(String window, List<String> phrases) {
        for (String p : phrases) {
            if (window.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    private static double confidence(Trigger t, int participants, boolean inferred, Factuality f) {
        double c = t.isNoun() ? 0.6 : 0.7;
        if (participants >= 2) {
            c += 0.2;
        }
        if (inferred) {
            c -= 0.2;
        }
        if (f == Factuality.HEDGED || f == Factuality.PREDICTED) {
            c -= 0.1;
        }
        return Math.round(Math.max(0.3, Math.min(0.95, c)) * 100) / 100.0;
    }

    /**
     * Who the sentence's claims come from, the tokens of the attributing phrase itself, and the
     * tokens of the clause it governs: "X met Y, Z said" sources the meeting; "X met Y, and Z said
     * nothing" does not.
     */
    private record Attribution(String source, int first, int end, int scopeFrom, int scopeTo) {
        static final Attribution NONE = new Attribution(null, -1, -1, 0, 0);

        boolean covers(int k) {
            return source != null && k >= scopeFrom && k < scopeTo && !(k >= first && k < end);
        }

        /** "X said that ...", "and X said ...": what follows the verb; "..., X said." what precedes X. */
        Attribution reporting(Sentence s, int verb) {
            boolean last = verb + 1 >= s.size() || Set.of(".", ",", ";", "!", "?").contains(s.token(verb + 1).norm());
            boolean afterComma = first > 0 && s.token(first - 1).norm().equals(",")
                    && !(verb + 1 < s.size() && s.token(verb + 1).lower().equals("that"));
            if (last || afterComma) {
                return new Attribution(source, first, end, 0, afterComma ? first - 1 : first);
            }
            return new Attribution(source, first, end, end, s.size());
        }
    }

    private Attribution attribution(View v) {
        Sentence s = v.s;
        for (int i = 0; i < s.size(); i++) {
            for (String cue : cues.attribution().before()) {
                String[] words = cue.split(" ");
                if (!s.wordsAt(i, words)) {
                    continue;
                }
                int k = i + words.length;
                for (int n = 0; n < 4 && k < s.size(); n++, k++) {
                    Group g = v.groupAt(k);
                    if (g != null) {
                        if (!namesSource(v, g)) {
                            break;
                        }
                        // "According to X, ..." governs what follows; "..., according to X" what precedes
                        return i == 0 ? new Attribution(g.agents().get(0), i, g.last() + 1, g.last() + 1, s.size())
                                : new Attribution(g.agents().get(0), i, g.last() + 1, 0, i);
                    }
                    if (CLAUSE_BREAKS.contains(s.token(k).norm())) {
                        break;
                    }
                }
            }
            String w = s.token(i).lower();
            if (cues.attribution().after().contains(w) && s.token(i).is("VERB")) {
                Group g = i > 0 ? v.groupEndingAt(i - 1) : null;
                if (g != null && !g.possessive() && namesSource(v, g)) {
                    return new Attribution(g.agents().get(0), g.first(), i + 1, 0, 0).reporting(s, i);
                }
                Group after = i + 1 < s.size() ? v.groupAt(i + 1) : null;
                if (after != null && i > 0 && s.token(i - 1).norm().equals(",") && namesSource(v, after)) {
                    return new Attribution(after.agents().get(0), i, after.last() + 1, 0, i - 1);
                }
            }
            if (cues.attribution().statementNouns().contains(w) && s.token(i).is("NOUN")) {
                Group g = possessor(v, i);
                if (g != null && g.possessive()) {
                    return new Attribution(g.agents().get(0), g.first(), i + 1, 0, s.size());
                }
            }
        }
        return Attribution.NONE;
    }

    /** "Russian media", "Chinese officials": a demonym before a noun names no one to quote. */
    private boolean namesSource(View v, Group g) {
        Mention last = v.covered(g.last());
        int next = g.last() + 1;
        return last == null || last.kind() != Mention.Kind.DEMONYM || next >= v.s.size()
                || !v.s.token(next).is("NOUN", "PROPN", "ADJ");
    }

    // ---- offices

    /** "Chinese President Xi Jinping", "President Xi Jinping": the person holds the office the gazetteer gives. */
    private List<Candidate> offices(View v) {
        List<Candidate> found = new ArrayList<>();
        for (Mention m : v.mentions) {
            if (m.agents().size() != 1 || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            Entity person = gazetteer.find(m.agents().get(0)).orElse(null);
            if (person == null || person.type() != EntityType.Person || person.offices().isEmpty()) {
                continue;
            }
            String office = null;
            Mention before = m.first() > 0 ? v.covered(m.first() - 1) : null;
            if (before != null && before.kind() == Mention.Kind.OFFICE && person.offices().contains(before.thing())) {
                office = before.thing();
            } else if (titled(v, m.first(), person)) {
                office = person.offices().get(0);
            }
            if (office != null) {
                found.add(new Candidate(SituationType.OfficeHolding, v.s.index(), m.first(), m.end(),
                        List.of(new Participant(person.id(), Role.HOLDER)), List.of(office), null, false, office,
                        Factuality.ASSERTED, null, null, false, false, 0.9));
            }
        }
        return found;
    }

    private static boolean titled(View v, int first, Entity person) {
        for (String title : person.titles()) {
            String[] words = title.split(" ");
            int from = first - words.length;
            if (from >= 0 && wordsAtExact(v.s, from, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordsAtExact(Sentence s, int i, String[] words) {
        for (int w = 0; w < words.length; w++) {
            if (!s.token(i + w).norm().equals(words[w])) {
                return false;
            }
        }
        return true;
    }

    /** A sentence with its mentions and the agent groups they form. */
    private static final class View {
        final Sentence s;
        final List<Mention> mentions;
        final List<Group> groups;
        final Mention[] byToken;

        View(Sentence s, List<Mention> mentions) {
            this.s = s;
            this.mentions = mentions;
            this.byToken = new Mention[s.size()];
            for (Mention m : mentions) {
                for (int k = m.first(); k < m.end() && k < s.size(); k++) {
                    byToken[k] = m;
                }
            }
            this.groups = groups();
        }

        Mention covered(int k) {
            return k >= 0 && k < byToken.length ? byToken[k] : null;
        }

        private List<Group> groups() {
            List<Group> out = new ArrayList<>();
            List<Mention> agents = mentions.stream().filter(Mention::isAgent).toList();
            int i = 0;
            while (i < agents.size()) {
                Mention head = agents.get(i);
                Set<String> ids = new LinkedHashSet<>(head.agents());
                Mention last = head;
                int j = i + 1;
                while (j < agents.size() && !last.possessive() && (joined(last.end(), agents.get(j).first())
                        || listed(last.end(), agents, j))) {
                    last = agents.get(j);
                    ids.addAll(last.agents());
                    j++;
                }
                out.add(new Group(head.first(), last.lastWithPossessive(), List.copyOf(ids), last.possessive()));
                i = j;
            }
            return out;
        }

        /** Tokens between two mentions that still make one group: "and", commas, "the", titles. */
        private boolean joined(int from, int to) {
            if (to - from > 4 || to <= from) {
                return false;
            }
            boolean and = false;
            for (int k = from; k < to; k++) {
                Token t = s.token(k);
                String w = t.lower();
                Mention m = byToken[k];
                if (w.equals("and") || w.equals("&")) {
                    and = true;
                } else if (!(w.equals(",") || w.equals("the") || w.equals("both")
                        || m != null && m.kind() == Mention.Kind.OFFICE
                        || Character.isUpperCase(t.norm().charAt(0)) && t.is("PROPN", "NOUN") && k > from)) {
                    return false;
                }
            }
            return and;
        }

        /** "X, Y and Z": a comma joins only when an "and" closes the list. */
        private boolean listed(int from, List<Mention> agents, int j) {
            if (agents.get(j).first() - from != 1 || !s.token(from).norm().equals(",")) {
                return false;
            }
            for (int n = j; n + 1 < agents.size(); n++) {
                int gapFrom = agents.get(n).end();
                int gapTo = agents.get(n + 1).first();
                if (joined(gapFrom, gapTo)) {
                    return true;
                }
                if (!(gapTo - gapFrom == 1 && s.token(gapFrom).norm().equals(","))) {
                    return false;
                }
            }
            return false;
        }

        Group groupAt(int k) {
            for (Group g : groups) {
                if (g.first() == k) {
                    return g;
                }
            }
            return null;
        }

        Group groupEndingAt(int k) {
            for (Group g : groups) {
                if (g.last() == k) {
                    return g;
                }
            }
            return null;
        }
    }
}
