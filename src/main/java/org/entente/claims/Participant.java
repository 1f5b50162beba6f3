package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.entente.input.Ids;

/**
 * One agent taking part in a situation, in one role, possibly on behalf of
 * another: a head of state, a ministry or an army acts for its country ("Xi
 * Jinping called Putin" is China's call too), and the country is recorded as
 * the one acted for rather than as a participant of its own.
 *
 * @param entity    the gazetteer id of the agent
 * @param role      the part it plays
 * @param actingFor the gazetteer id of the agent it acts for here, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Participant(String entity, Role role, String actingFor) {
    public Participant {
        Ids.requireSlug(entity, "participant entity");
        if (role == null) {
            throw new IllegalArgumentException("participant '" + entity + "' needs a role");
        }
        if (actingFor != null) {
            Ids.requireSlug(actingFor, "participant actingFor");
            if (actingFor.equals(entity)) {
                throw new IllegalArgumentException("participant '" + entity + "' cannot act for itself");
            }
        }
    }

    /** An agent taking part on its own behalf. */
    public Participant(String entity, Role role) {
        this(entity, role, null);
    }
}
