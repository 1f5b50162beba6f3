package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.Stream;
import org.entente.input.Ids;

/**
 * A named entity as the gazetteer knows it. See {@code data/gazetteer/README.md}
 * for what each field means; fields that do not apply are null or empty.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Entity(
        String id,
        EntityType type,
        List<EntityType> types,
        String label,
        List<String> aliases,
        List<String> demonyms,
        List<String> combiningForms,
        List<String> metonyms,
        String capital,
        String country,
        List<String> offices,
        List<String> titles,
        String iso3166,
        String iso3166Alpha3,
        String wikidata,
        String description) {

    public Entity {
        Ids.requireSlug(id, "entity");
        if (type == null) {
            throw new IllegalArgumentException("entity '" + id + "' needs a type");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("entity '" + id + "' needs a label");
        }
        if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("entity '" + id + "': wikidata id '" + wikidata + "' must look like Q123");
        }
        if (iso3166 != null && !iso3166.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("entity '" + id + "': iso3166 '" + iso3166 + "' must be two capital letters");
        }
        if (iso3166Alpha3 != null && !iso3166Alpha3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("entity '" + id + "': iso3166Alpha3 '" + iso3166Alpha3 + "' must be three capital letters");
        }
        types = types == null ? List.of() : List.copyOf(types);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
        combiningForms = combiningForms == null ? List.of() : List.copyOf(combiningForms);
        metonyms = metonyms == null ? List.of() : List.copyOf(metonyms);
        offices = offices == null ? List.of() : List.copyOf(offices);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    /** The main type followed by any further types. */
    @JsonIgnore
    public List<EntityType> allTypes() {
        return Stream.concat(Stream.of(type), types.stream()).distinct().toList();
    }

    @JsonIgnore
    public boolean isAgent() {
        return allTypes().stream().anyMatch(EntityType::isAgent);
    }

    @JsonIgnore
    public boolean isPlace() {
        return allTypes().stream().anyMatch(EntityType::isPlace);
    }
}
