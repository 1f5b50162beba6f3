package org.entente.claims;

/**
 * The kinds of named entity the gazetteer holds; each name is the local name of
 * an ontology class ({@code ent:State}).
 */
public enum EntityType {
    State(true, true), Person(true, false), Organisation(true, false), GovernmentBody(true, false),
    IntergovernmentalOrganisation(true, false), MediaOutlet(true, false), Group(true, false),
    Coalition(true, false), Office(false, false), City(false, true), Place(false, true),
    Commodity(false, false), PeaceInitiative(false, false), PeacePlan(false, false);

    private final boolean agent;
    private final boolean place;

    EntityType(boolean agent, boolean place) {
        this.agent = agent;
        this.place = place;
    }

    /** Whether entities of this type can act, take part in events, or be a source. */
    public boolean isAgent() {
        return agent;
    }

    /** Whether entities of this type can be where an event happens. */
    public boolean isPlace() {
        return place;
    }
}
