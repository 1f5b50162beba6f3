package org.entente.extract.events;

import java.util.List;
import org.entente.claims.EventStatus;
import org.entente.claims.Factuality;
import org.entente.claims.Participant;
import org.entente.claims.SituationType;

/**
 * One sentence's evidence for one situation, before the article's mentions of
 * the same situation are brought together.
 *
 * @param type         the situation type
 * @param sentence     index of the sentence
 * @param first        index of the trigger's first token
 * @param end          index just past the trigger's last token
 * @param participants agents in their roles; empty for an anaphor such as "the call"
 * @param themes       ids of what is acted upon
 * @param place        id of a place, or null
 * @param definite     whether the trigger is a definite noun phrase ("the call", "this visit")
 * @param key          what tells apart situations of one type between the same agents: the
 *                     office held, the kind of partnership, the stance supported; or null
 * @param factuality   how firmly the sentence makes the claim
 * @param source       the agent the sentence attributes it to, or null
 * @param status       occurred, ongoing or planned (events); null for relationships
 * @param recent       whether the phrase places it before the story ("recent communications")
 * @param stateLevel   whether its people stand for their states
 * @param confidence   how sure the rules that found it are
 */
public record Candidate(SituationType type, int sentence, int first, int end, List<Participant> participants,
                        List<String> themes, String place, boolean definite, String key, Factuality factuality,
                        String source, EventStatus status, boolean recent, boolean stateLevel, double confidence) {

    public Candidate {
        participants = List.copyOf(participants);
        themes = List.copyOf(themes);
    }

    public boolean isAnaphor() {
        return participants.isEmpty();
    }

    public Candidate withParticipants(List<Participant> p) {
        return new Candidate(type, sentence, first, end, p, themes, place, definite, key, factuality, source, status,
                recent, stateLevel, confidence);
    }
}
