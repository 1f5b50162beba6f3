package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of event and standing relationship a claim can be about. Each
 * constant's name is the local name of an ontology class ({@code ent:PhoneCall}).
 *
 * <p>Every CAMEO root has an event class of its own ({@link #Consultation} for
 * 04, {@link #Assault} for 18, ...); the finer classes ({@link #PhoneCall},
 * {@link #Sanctions}) fall under one root each. An event type's CAMEO code is
 * the code an event of that type has when its claims give none.
 */
public enum SituationType {
    // One class per CAMEO root, in root order.
    Statement("010"), Appeal("020"), IntentToCooperate("030"), Consultation("040"),
    DiplomaticCooperation("050"), MaterialCooperation("060"), Aid("070"), Concession("080"),
    Investigation("090"), Demand("100"), Disapproval("110"), Rejection("120"), Threat("130"),
    Protest("140"), ForcePosture("150"), ReductionOfRelations("160"), Coercion("170"),
    Assault("180"), Fighting("190"), MassViolence("200"),
    // Finer classes, each under the class of its root.
    MediationOffer("039"), Proposal("037"), Commemoration("017"),
    PhoneCall("041"), Briefing("040"), Meeting("040"), Summit("040"), Visit("042"),
    Negotiation("046"), PeaceConference("046"), Mediation("045"),
    Endorsement("051"), GroupFounding("050"),
    Trade("061"), EnergyImport("061"), TechnologyTransfer("061"),
    Sanctions("163"), ArmedConflict("190"), Invasion("190"),
    // Standing relationships have no CAMEO code.
    Alliance(null), Partnership(null), Support(null), OfficeHolding(null);

    /** Events happen; relationships hold. */
    public enum Kind { EVENT, RELATIONSHIP }

    private final String defaultCameo;

    SituationType(String defaultCameo) {
        this.defaultCameo = defaultCameo;
    }

    public Kind kind() {
        return defaultCameo == null ? Kind.RELATIONSHIP : Kind.EVENT;
    }

    /** The CAMEO code of an event of this type whose claims give none; null for relationships. */
    public CameoCode defaultCameo() {
        return defaultCameo == null ? null : CameoCode.of(defaultCameo);
    }

    /** The CAMEO root this event type falls under; null for relationships. */
    public String cameoRoot() {
        return defaultCameo == null ? null : defaultCameo().root();
    }

    /** The event class of a CAMEO root: {@code "04"} gives {@link #Consultation}. */
    public static SituationType ofRoot(String root) {
        int n = root != null && root.matches("[0-9]{2}") ? Integer.parseInt(root) : 0;
        if (n < 1 || n > 20) {
            throw new IllegalArgumentException("'" + root + "' is not a CAMEO root (01 to 20)");
        }
        return values()[n - 1]; // the root classes come first, in root order
    }

    /**
     * The event type whose own code a CAMEO code is, when exactly one type
     * has it: {@code "039"} gives {@link #MediationOffer}; {@code "040"},
     * the code of several kinds of consultation, gives none.
     */
    public static Optional<SituationType> ownerOf(CameoCode code) {
        List<SituationType> owners = Arrays.stream(values()).filter(t -> code.equals(t.defaultCameo())).toList();
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
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
