package org.entente.gazetteer;

import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.input.InputException;
import org.entente.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.read(TestProject.data().resolve("gazetteer"));

    private List<Entity> states() {
        return gazetteer.entities().stream().filter(e -> e.type() == EntityType.State).toList();
    }

    @Test
    void coversEveryUnMemberState() {
        long withIsoCodes = states().stream().filter(e -> e.iso3166() != null).count();
        assertTrue(withIsoCodes >= 193, "states with ISO 3166 codes: " + withIsoCodes);
    }

    @Test
    void isoCodesAndWikidataIdsAreUnique() {
        Map<String, String> iso = new HashMap<>();
        Map<String, String> wikidata = new HashMap<>();
        for (Entity e : gazetteer.entities()) {
            if (e.iso3166() != null) {
                String other = iso.put(e.iso3166(), e.id());
                assertEquals(null, other, e.iso3166() + " used by " + other + " and " + e.id());
            }
            if (e.wikidata() != null) {
                String other = wikidata.put(e.wikidata(), e.id());
                assertEquals(null, other, e.wikidata() + " used by " + other + " and " + e.id());
            }
        }
    }

    @Test
    void noNameLeadsToTwoStates() {
        Map<String, String> owner = new HashMap<>();
        for (Entity s : states()) {
            for (List<String> names : List.of(List.of(s.label()), s.aliases(), s.demonyms(), s.combiningForms())) {
                for (String name : names) {
                    String other = owner.put(name.toLowerCase(), s.id());
                    assertTrue(other == null || other.equals(s.id()), "'" + name + "' names " + other + " and " + s.id());
                }
            }
        }
    }

    @Test
    void aReferenceToAnUnknownEntityIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), """
                {"entities": [{"id": "x-land", "type": "State", "label": "X", "capital": "x-city"}]}
                """);
        InputException e = assertThrows(InputException.class, () -> Gazetteer.read(dir));
        assertTrue(e.getMessage().contains("capital 'x-city' is not in the gazetteer"), e.getMessage());
    }

    @Test
    void anIdDefinedTwiceIsRefusedNamingBothFiles(@TempDir Path dir) throws Exception {
        String one = "{\"entities\": [{\"id\": \"x\", \"type\": \"State\", \"label\": \"X\"}]}";
        Files.writeString(dir.resolve("a.json"), one);
        Files.writeString(dir.resolve("b.json"), one);
        InputException e = assertThrows(InputException.class, () -> Gazetteer.read(dir));
        assertTrue(e.getMessage().contains("duplicate entity id 'x', already defined in a.json"), e.getMessage());
    }

    @Test
    void entitiesComeInFileOrderSoThatTheFirstOfTwoHoldingANameIsTheSameInEveryRun() throws Exception {
        Path folder = TestProject.data().resolve("gazetteer");
        List<String> expected = new java.util.ArrayList<>();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                json.readTree(f.toFile()).get("entities").forEach(e -> expected.add(e.get("id").asText()));
            }
        }
        assertEquals(expected, Gazetteer.read(folder).entities().stream().map(Entity::id).toList());
    }
}
