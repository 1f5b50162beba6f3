package org.entente.gazetteer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.InputException;
import org.entente.JsonProblems;
import org.entente.Problem;

/**
 * The entities entente knows by name, read from every {@code *.json} file of a
 * folder. Immutable once read; ids are unique across files and every reference
 * between entries (capital, country, offices) resolves.
 */
public final class Gazetteer {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, Entity> byId;

    private Gazetteer(Map<String, Entity> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** The file layout: one object holding an {@code entities} array. */
    private record GazetteerFile(List<Entity> entities) {
    }

    /** Reads and checks every gazetteer file in a folder. */
    public static Gazetteer read(Path folder) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw InputException.of(folder.toString(), "cannot list gazetteer folder: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw InputException.of(folder.toString(), "no gazetteer files (*.json)");
        }
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, Path> origin = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            for (Entity e : readFile(file)) {
                Path first = origin.putIfAbsent(e.id(), file);
                if (first != null) {
                    problems.add(Problem.at(file.toString(), "duplicate entity id '" + e.id()
                            + "', already defined in " + first.getFileName()));
                } else {
                    byId.put(e.id(), e);
                }
            }
        }
        Gazetteer gazetteer = new Gazetteer(byId);
        for (Entity e : byId.values()) {
            gazetteer.checkReferences(e, origin.get(e.id()).toString(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return gazetteer;
    }


    private static List<Entity> readFile(Path file) {
        try {
            GazetteerFile parsed = MAPPER.readValue(file.toFile(), GazetteerFile.class);
            if (parsed == null || parsed.entities() == null) {
                throw InputException.of(file.toString(), "expected an object with an 'entities' array");
            }
            if (parsed.entities().contains(null)) {
                throw InputException.of(file.toString(), "entry " + parsed.entities().indexOf(null)
                        + " of 'entities' is null; each entry is an object with id, type and label");
            }
            return parsed.entities();
        } catch (JsonProcessingException e) {
            throw new InputException(JsonProblems.of(file.toString(), e));
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private void checkReferences(Entity e, String file, List<Problem> problems) {
        expect(e, "capital", e.capital(), EntityType.City, file, problems);
        expect(e, "country", e.country(), EntityType.State, file, problems);
        for (String office : e.offices()) {
            expect(e, "offices", office, EntityType.Office, file, problems);
        }
    }

    private void expect(Entity e, String field, String ref, EntityType type, String file, List<Problem> problems) {
        if (ref == null) {
            return;
        }
        Entity target = byId.get(ref);
        if (target == null) {
            problems.add(Problem.at(file, "entity '" + e.id() + "': " + field + " '" + ref + "' is not in the gazetteer"));
        } else if (!target.allTypes().contains(type)) {
            problems.add(Problem.at(file, "entity '" + e.id() + "': " + field + " '" + ref + "' is a "
                    + target.type() + ", expected a " + type));
        }
    }

    public Optional<Entity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Collection<Entity> entities() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
