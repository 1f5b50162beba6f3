package org.entente.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.DateValue;
import org.entente.claims.EventStatus;
import org.entente.claims.Evidence;
import org.entente.claims.Factuality;
import org.entente.claims.Participant;
import org.entente.claims.Role;
import org.entente.claims.Situation;
import org.entente.claims.SituationType;
import org.entente.extract.events.Candidate;
import org.entente.extract.lexicon.CueLexicon;
import org.entente.extract.lexicon.TriggerLexicon;
import org.entente.extract.nlp.Sentence;
import org.entente.extract.time.TemporalExpression;

/**
 * Turns the candidates of every sentence into one article's claim set: gives
 * each its date, brings together the mentions of one situation ("the call",
 * "Xi and Putin's call"), and mints ids from content so that extracting the
 * same text twice gives the same JSON.
 *
 * <p>A mention joins an earlier situation of the same type when its agents are
 * a subset or superset of that situation's and nothing tells them apart (the
 * office held, the kind of partnership, the stance supported). A definite noun
 * with no agents of its own ("the call", "this visit") refers to the latest
 * situation of its type or a narrower one; an indefinite one ("international
 * conflicts") names no situation and is dropped.
 *
 * <p>Dates: the date expression in the trigger's clause; "the Nth anniversary of
 * E" dates E N years before the commemoration; events in a sentence that says
 * they happened "during" or "coinciding with" a dated event share its date; and
 * events of the article's lead story that share an agent with its first dated
 * event take that date when nothing else dates them.
 */
final class ClaimAssembler {
    private static final int LEDE_SENTENCES = 3;
    private static final Set<SituationType> COMMUNICATIVE = Set.of(SituationType.Statement, SituationType.Endorsement,
            SituationType.MediationOffer, SituationType.Briefing);

    private final TriggerLexicon lexicon;
    private final CueLexicon cues;
    private final String producedBy;
    private final Pattern ordinal;

    ClaimAssembler(TriggerLexicon lexicon, CueLexicon cues, String producedBy) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.producedBy = producedBy;
        this.ordinal = Pattern.compile("\\b(" + String.join("|", cues.ordinals()) + "|(\\d+)(st|nd|rd|th))\\b");
    }

    /** A situation as it is being assembled. */
    private static final class Draft {
        final SituationType type;
        final LinkedHashMap<String, Role> participants = new LinkedHashMap<>();
        final List<String> themes = new ArrayList<>();
        final String key;
        final int firstSentence;
        DateValue date;
        boolean ownDate;
        String place;
        Draft partOfDraft;
        EventStatus status;
        boolean recent;
        final List<Candidate> mentions = new ArrayList<>();
        String id;

        Draft(Candidate c) {
            this.type = c.type();
            this.key = c.key();
            this.firstSentence = c.sentence();
            this.status = c.status();
            this.recent = c.recent();
        }

        Set<String> entities() {
            return participants.keySet();
        }

        boolean isEvent() {
            return type.kind() == SituationType.Kind.EVENT;
        }
    }

    ClaimSet assemble(String articleId, String text, List<Sentence> sentences, List<List<Candidate>> perSentence,
                      List<TemporalExpression> dates) {
        List<Candidate> all = new ArrayList<>();
        perSentence.forEach(all::addAll);
        Map<Candidate, DateValue> ownDates = ownDates(sentences, all, dates);
        all = inferConflictParties(all);
        List<Draft> drafts = new ArrayList<>();
        Map<Candidate, Draft> resolved = new LinkedHashMap<>();
        for (Candidate c : all) {
            Draft d = c.isAnaphor() ? antecedent(drafts, c) : merge(drafts, c, ownDates.get(c));
            if (d == null) {
                continue;
            }
            resolved.put(c, d);
            DateValue own = ownDates.get(c);
            if (own != null && d.isEvent() && d.date == null) {
                d.date = own;
                d.ownDate = true;
            }
        }
        sameTime(sentences, resolved);
        lede(sentences, drafts);
        return build(articleId, text, sentences, drafts);
    }

    // ---- dates

    private Map<Candidate, DateValue> ownDates(List<Sentence> sentences, List<Candidate> all, List<TemporalExpression> dates) {
        Map<Candidate, DateValue> out = new HashMap<>();
        for (Candidate c : all) {
            if (c.type().kind() != SituationType.Kind.EVENT) {
                continue;
            }
            Sentence s = sentences.get(c.sentence());
            TemporalExpression best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (TemporalExpression t : dates) {
                if (t.start() < s.start() || t.end() > s.end()) {
                    continue;
                }
                int tFirst = tokenAt(s, t.start());
                int tLast = tokenAt(s, t.end() - 1);
                if (tFirst < 0 || tLast < 0 || !sameClause(s, c, tFirst, tLast)) {
                    continue;
                }
                int distance = tFirst >= c.end() ? tFirst - c.end() : c.first() - tLast;
                if (distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                DateValue v = dateFor(c, s, best);
                if (v != null) {
                    out.put(c, v);
                }
            }
        }
        return out;
    }

    /** The date a candidate takes from an expression; "the third anniversary of E" dates E, and what marks it three years on. */
    private DateValue dateFor(Candidate c, Sentence s, TemporalExpression t) {
        String words = t.text().toLowerCase(Locale.ROOT);
        if (words.contains("anniversary")) {
            int tLast = tokenAt(s, t.end() - 1);
            if (c.first() > tLast) {
                return dateValue(t.value(), t.text());
            }
            Matcher m = ordinal.matcher(words);
            if (!m.find() || t.value().length() != 10) {
                return null;
            }
            int years = m.group(2) != null ? Integer.parseInt(m.group(2)) : cues.ordinals().indexOf(m.group(1)) + 1;
            return new DateValue(LocalDate.parse(t.value()).plusYears(years).toString(), t.text());
        }
        return dateValue(t.value(), t.text());
    }

    /** A TIMEX3 value as a claims date: days, months and years; a quarter or season counts as its year. */
    static DateValue dateValue(String timex, String text) {
        if (timex.matches("\\d{4}-\\d{2}-\\d{2}") || timex.matches("\\d{4}-\\d{2}") || timex.matches("\\d{4}")) {
            return new DateValue(timex, text);
        }
        if (timex.matches("\\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)")) {
            return new DateValue(timex.substring(0, 4), text);
        }
        return null;
    }

    private static int tokenAt(Sentence s, int charIndex) {
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).start() <= charIndex && charIndex < s.token(k).end()) {
                return k;
            }
        }
        return -1;
    }

    private static boolean sameClause(Sentence s, Candidate c, int tFirst, int tLast) {
        int from = Math.min(c.end(), tLast + 1);
        int to = Math.max(c.first(), tFirst);
        if (tFirst >= c.first() && tFirst < c.end()) {
            return true;
        }
        int frontedComma = fronted(s, tFirst, tLast) ? tLast + 1 : -1;
        for (int k = from; k < to; k++) {
            String w = s.token(k).norm();
            if (k != frontedComma && (w.equals(",") || w.equals(";") || w.equals(":"))) {
                return false;
            }
        }
        return true;
    }

    /** "In May, ...", "On Friday, ...": a time phrase opening the sentence belongs to its main clause. */
    private static boolean fronted(Sentence s, int tFirst, int tLast) {
        for (int k = 0; k < tFirst; k++) {
            if (!s.token(k).is("ADP", "DET")) {
                return false;
            }
        }
        return tLast + 1 < s.size() && s.token(tLast + 1).norm().equals(",");
    }

    /** Events after "during the call" or "coincided with the call" share the call's date. */
    private void sameTime(List<Sentence> sentences, Map<Candidate, Draft> resolved) {
        Map<Integer, List<Candidate>> bySentence = new HashMap<>();
        resolved.keySet().forEach(c -> bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c));
        for (var entry : bySentence.entrySet()) {
            Sentence s = sentences.get(entry.getKey());
            List<Candidate> here = entry.getValue();
            for (String cue : cues.sameTime()) {
                String[] words = cue.split(" ");
                for (int i = 0; i + words.length <= s.size(); i++) {
                    if (!s.wordsAt(i, words)) {
                        continue;
                    }
                    int cueEnd = i + words.length;
                    Draft reference = referenceNear(here, resolved, i, cueEnd);
                    if (reference == null || reference.date == null) {
                        continue;
                    }
                    for (Candidate c : here) {
                        Draft d = resolved.get(c);
                        if (d == reference || c.first() < cueEnd || !d.isEvent() || d.date != null || d.recent) {
                            continue;
                        }
                        d.date = new DateValue(reference.date.value(), reference.date.text());
                        if (cue.equals("during") || cue.startsWith("on the sidelines")) {
                            d.partOfDraft = reference;
                        }
                    }
                }
            }
        }
    }

    private static Draft referenceNear(List<Candidate> here, Map<Candidate, Draft> resolved, int cueFirst, int cueEnd) {
        Draft before = null;
        for (Candidate c : here) {
            Draft d = resolved.get(c);
            if (c.first() >= cueEnd && c.first() <= cueEnd + 3 && d.date != null) {
                return d;
            }
            if (c.end() <= cueFirst && d.date != null) {
                before = d;
            }
        }
        return before;
    }

    /**
     * Undated acts of speech around the lead story (a statement, an endorsement, a briefing, an
     * offer to mediate) take the date of its first dated event when they share an agent with it and
     * stand in its paragraph or the next: reactions are reported beside what they react to. Other
     * events (sanctions, trade, an invasion) are often older than the story and stay undated.
     */
    private void lede(List<Sentence> sentences, List<Draft> drafts) {
        Draft lede = drafts.stream()
                .filter(d -> d.isEvent() && d.ownDate && d.firstSentence < LEDE_SENTENCES + 2 && d.date.value().length() == 10)
                .findFirst().orElse(null);
        if (lede == null) {
            return;
        }
        int ledeParagraph = sentences.get(lede.firstSentence).paragraph();
        for (Draft d : drafts) {
            if (d == lede || !d.isEvent() || d.date != null || d.recent || d.status != EventStatus.OCCURRED
                    || !COMMUNICATIVE.contains(d.type)) {
                continue;
            }
            int gap = proseParagraphsBetween(sentences, ledeParagraph, sentences.get(d.firstSentence).paragraph());
            boolean plain = d.mentions.stream().allMatch(c -> c.factuality() == Factuality.ASSERTED
                    || c.factuality() == Factuality.REPORTED);
            boolean shares = d.entities().stream().anyMatch(lede.entities()::contains);
            if (plain && shares && gap >= 0 && gap <= 1) {
                d.date = new DateValue(lede.date.value(), lede.date.text());
            }
        }
    }

    /**
     * How many paragraphs of prose lie after paragraph {@code from} up to and including {@code to};
     * a heading (a line whose last sentence has no closing punctuation) is not counted. Negative
     * when {@code to} comes first.
     */
    private static int proseParagraphsBetween(List<Sentence> sentences, int from, int to) {
        if (to < from) {
            return -1;
        }
        Set<Integer> prose = new HashSet<>();
        Map<Integer, Sentence> lastOf = new HashMap<>();
        for (Sentence s : sentences) {
            if (s.paragraph() > from && s.paragraph() <= to) {
                lastOf.put(s.paragraph(), s);
            }
        }
        lastOf.forEach((p, s) -> {
            String t = s.text().strip();
            if (!t.isEmpty() && ".!?\"'\u201D\u2019)".indexOf(t.charAt(t.length() - 1)) >= 0) {
                prose.add(p);
            }
        });
        return prose.size();
    }

    // ---- bringing mentions together

    /** An armed conflict named only by where it is ("the conflict in Ukraine") is fought by the parties of the invasion of that state. */
    private List<Candidate> inferConflictParties(List<Candidate> all) {
        Map<String, List<Participant>> invasions = new HashMap<>();
        for (Candidate c : all) {
            if (c.type() == SituationType.Invasion) {
                String target = null;
                boolean initiator = false;
                for (Participant p : c.participants()) {
                    if (p.role() == Role.TARGET) {
                        target = p.entity();
                    }
                    initiator |= p.role() == Role.INITIATOR;
                }
                if (target != null && initiator) {
                    invasions.putIfAbsent(target, c.participants());
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type() == SituationType.ArmedConflict) {
                Set<String> ids = new HashSet<>();
                c.participants().forEach(p -> ids.add(p.entity()));
                String where = ids.size() == 1 ? ids.iterator().next() : ids.isEmpty() ? c.place() : null;
                if (where != null && invasions.containsKey(where)) {
                    c = c.withParticipants(invasions.get(where));
                } else if (ids.isEmpty() && c.place() != null && c.definite() && invasions.isEmpty()) {
                    c = c.withParticipants(List.of(new Participant(c.place(), Role.PARTICIPANT)));
                }
            }
            out.add(c);
        }
        return out;
    }

    private Draft antecedent(List<Draft> drafts, Candidate c) {
        if (!c.definite()) {
            return null;
        }
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (lexicon.isA(d.type, c.type())) {
                return d;
            }
        }
        return null;
    }

    private Draft merge(List<Draft> drafts, Candidate c, DateValue own) {
        Set<String> ids = new HashSet<>();
        c.participants().forEach(p -> ids.add(p.entity()));
        Draft target = null;
        for (int i = drafts.size() - 1; i >= 0 && target == null; i--) {
            Draft d = drafts.get(i);
            if (d.type != c.type() || c.key() != null && !c.key().equals(d.key)) {
                continue;
            }
            if (own != null && d.ownDate && !own.value().equals(d.date.value())) {
                continue; // "met on Monday" and "met on Friday" are two meetings
            }
            if (d.entities().containsAll(ids) || ids.containsAll(d.entities())) {
                target = d;
            }
        }
        if (target == null) {
            target = new Draft(c);
            drafts.add(target);
        }
        for (Participant p : c.participants()) {
            target.participants.putIfAbsent(p.entity(), p.role());
        }
        for (String t : c.themes()) {
            if (!target.themes.contains(t)) {
                target.themes.add(t);
            }
        }
        if (target.place == null) {
            target.place = c.place();
        }
        target.mentions.add(c);
        return target;
    }

    // ---- the claim set

    private ClaimSet build(String articleId, String text, List<Sentence> sentences, List<Draft> drafts) {
        Set<String> used = new HashSet<>();
        for (Draft d : drafts) {
            StringBuilder content = new StringBuilder(d.type.name()).append('|').append(d.key).append('|');
            d.entities().stream().sorted().forEach(e -> content.append(e).append(','));
            content.append('|').append(sentences.get(d.firstSentence).start());
            String base = slug(d.type.name()) + "-" + hash(content.toString());
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            d.id = id;
        }
        List<Situation> events = new ArrayList<>();
        List<Situation> relations = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Set<String> claimIds = new HashSet<>();
        for (Draft d : drafts) {
            List<Participant> participants = new ArrayList<>();
            d.participants.forEach((e, r) -> participants.add(new Participant(e, r)));
            Situation s = new Situation(d.id, d.type, null, null, participants,
                    d.isEvent() ? d.date : null, d.isEvent() ? d.place : null, List.of(), d.themes, null,
                    d.isEvent() && d.partOfDraft != null && d.partOfDraft != d ? d.partOfDraft.id : null,
                    null, d.isEvent() ? d.status : null, null, null, null);
            (d.isEvent() ? events : relations).add(s);
            Set<Integer> claimed = new HashSet<>();
            for (Candidate c : d.mentions) {
                if (!claimed.add(c.sentence())) {
                    continue;
                }
                Sentence sentence = sentences.get(c.sentence());
                int start = text.codePointCount(0, sentence.start());
                int end = start + text.codePointCount(sentence.start(), sentence.end());
                String claimId = "c-" + hash(d.id + "|" + start + "|" + end);
                if (!claimIds.add(claimId)) {
                    continue;
                }
                claims.add(new Claim(claimId, d.id, List.of(new Evidence(start, end, sentence.text())),
                        c.source(), c.factuality(), c.confidence()));
            }
        }
        claims.sort(java.util.Comparator.comparingInt((Claim cl) -> cl.evidence().get(0).start()).thenComparing(Claim::id));
        return ClaimSet.extracted(articleId, producedBy, events, relations, claims);
    }

    /** "PhoneCall" becomes "phone-call". */
    static String slug(String typeName) {
        return typeName.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                b.append(String.format("%02x", digest[i]));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
