package org.entente.claims;

import org.entente.input.Ids;

/**
 * One agent taking part in a situation, in one role.
 *
 * @param entity the gazetteer id of the agent
 * @param role   the part it plays
 */
public record Participant(String entity, Role role) {
    public Participant {
        Ids.requireSlug(entity, "participant entity");
        if (role == null) {
            throw new IllegalArgumentException("participant '" + entity + "' needs a role");
        }
    }
}
