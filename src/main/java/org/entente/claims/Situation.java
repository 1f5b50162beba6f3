package org.entente.claims;

import org.entente.input.Ids;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * An event or standing relationship that claims are about. Fields that refer to
 * other things hold ids: gazetteer ids for entities, this claim set's ids for
 * situations. Fields that do not apply are null or empty.
 *
 * @param id           unique within the article's claim set
 * @param type         the ontology class; for an event, derived from the CAMEO root when only a code is given
 * @param cameo        the CAMEO event code, when finer than the type's own (events only)
 * @param plover       the PLOVER category of the CAMEO code (events only; derived, and checked when given)
 * @param label        a human-readable name; derived from type and participants when null
 * @param participants the agents taking part, each in a role
 * @param date         when it happened or began, at the precision the article gives
 * @param place        gazetteer id of where it happened (events only)
 * @param topics       ids of what it is about (situations or entities)
 * @param themes       ids of what is acted upon: the plan proposed, the goods traded, the office held
 * @param aim          id of the situation this one is meant to bring about (its purpose as a link)
 * @param partOf       id of the larger event this one happened within (events only)
 * @param after        id of the event this one followed (events only)
 * @param status       occurred, ongoing or planned (events only)
 * @param purpose      its aim, in the article's words
 * @param stance       the position supported, in the article's words (relationships only)
 * @param wikidata     the Wikidata item for the same real-world situation, when certain
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Situation(
        String id,
        SituationType type,
        CameoCode cameo,
        String plover,
        String label,
        List<Participant> participants,
        DateValue date,
        String place,
        List<String> topics,
        List<String> themes,
        String aim,
        String partOf,
        String after,
        EventStatus status,
        String purpose,
        String stance,
        String wikidata) {

    public Situation {
        Ids.requireSlug(id, "situation");
        if (type == null && cameo == null) {
            throw new IllegalArgumentException("situation '" + id + "' needs a type or, for an event, a CAMEO code");
        }
        if (type == null) {
            type = SituationType.ofRoot(cameo.root());
        } else if (cameo != null && type.kind() == SituationType.Kind.RELATIONSHIP) {
            throw new IllegalArgumentException("situation '" + id + "': a " + type + " is a relationship and has no CAMEO code");
        } else if (cameo != null && !cameo.root().equals(type.cameoRoot())) {
            throw new IllegalArgumentException("situation '" + id + "': CAMEO code " + cameo.value() + " is under root "
                    + cameo.root() + ", but a " + type + " is under root " + type.cameoRoot()
                    + "; give the type of that root (" + SituationType.ofRoot(cameo.root()) + ") or another code");
        }
        CameoCode code = type.kind() == SituationType.Kind.EVENT ? (cameo != null ? cameo : type.defaultCameo()) : null;
        String derived = code == null ? null : code.plover();
        if (plover != null && !plover.equals(derived)) {
            throw new IllegalArgumentException("situation '" + id + "': PLOVER category " + plover + " does not go with "
                    + (code == null ? "a relationship" : "CAMEO code " + code.value()
                    + (derived == null ? ", which PLOVER does not code" : ", which is " + derived)));
        }
        plover = derived;
        participants = participants == null ? List.of() : List.copyOf(participants);
        topics = topics == null ? List.of() : List.copyOf(topics);
        themes = themes == null ? List.of() : List.copyOf(themes);
        if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("wikidata id '" + wikidata + "' must look like Q123");
        }
    }

    /** The CAMEO code: the one given, else the type's own; null for relationships. */
    @JsonIgnore
    public CameoCode cameoCode() {
        return cameo != null ? cameo : type.defaultCameo();
    }

    @JsonIgnore
    public boolean isEvent() {
        return type.kind() == SituationType.Kind.EVENT;
    }

    /**
     * The participants, and beside each one acting for another that other in
     * the same role: who takes part in the situation at all, for questions
     * such as "what did China do" that count the acts of its president.
     */
    @JsonIgnore
    public List<Participant> participantsAndPrincipals() {
        List<Participant> out = new ArrayList<>(participants);
        for (Participant p : participants) {
            Participant principal = p.actingFor() == null ? null : new Participant(p.actingFor(), p.role());
            if (principal != null && !out.contains(principal)) {
                out.add(principal);
            }
        }
        return out;
    }
}
