package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of event and standing relationship a claim can be about. Each
 * constant's name is the local name of an ontology class ({@code ent:PhoneCall}).
 */
public enum SituationType {
    Statement(Kind.EVENT), MediationOffer(Kind.EVENT), Endorsement(Kind.EVENT),
    Consultation(Kind.EVENT), PhoneCall(Kind.EVENT), Briefing(Kind.EVENT), Meeting(Kind.EVENT),
    Summit(Kind.EVENT), Visit(Kind.EVENT), Negotiation(Kind.EVENT), PeaceConference(Kind.EVENT),
    Mediation(Kind.EVENT), Commemoration(Kind.EVENT), Proposal(Kind.EVENT), GroupFounding(Kind.EVENT),
    ArmedConflict(Kind.EVENT), Invasion(Kind.EVENT), Sanctions(Kind.EVENT), Trade(Kind.EVENT),
    EnergyImport(Kind.EVENT), TechnologyTransfer(Kind.EVENT),
    Alliance(Kind.RELATIONSHIP), Partnership(Kind.RELATIONSHIP), Support(Kind.RELATIONSHIP),
    OfficeHolding(Kind.RELATIONSHIP);

    /** Events happen; relationships hold. */
    public enum Kind { EVENT, RELATIONSHIP }

    private final Kind kind;

    SituationType(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @JsonValue
    public String localName() {
        return name();
    }

    @JsonCreator
    public static SituationType fromJson(String name) {
        for (SituationType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a known event or relationship type");
    }
}
