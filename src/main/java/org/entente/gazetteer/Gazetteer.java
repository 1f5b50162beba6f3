package org.entente.gazetteer;

import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.input.InputException;
import org.entente.input.JsonProblems;
import org.entente.input.Problem;
import org.entente.input.StrictJson;

/**
 * The entities entente knows by name, read from every {@code *.json} file of a
 * folder. Immutable once read; ids are unique across files and every reference
 * between entries (capital, country, offices) resolves.
 */
public final class Gazetteer {
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private final Map<String, Entity> byId;
    /** The gazetteer this one adds an article's own entities to, or null. */
    private final Gazetteer base;

    private Gazetteer(Map<String, Entity> byId, Gazetteer base) {
        // in file order: where two entities share a name, the first holds it, the same in every run
        // (Map.copyOf would iterate in an order that changes from one run of the JVM to the next)
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        this.base = base;
    }

    /**
     * This gazetteer with an article's own entities added: people, bodies and
     * groups the article names that the gazetteer does not hold. An entity of
     * the gazetteer keeps its entry when the article defines the same id again.
     */
    public Gazetteer withLocal(List<Entity> local) {
        if (local.isEmpty()) {
            return this;
        }
        Map<String, Entity> added = new LinkedHashMap<>();
        for (Entity e : local) {
            if (!contains(e.id())) {
                added.putIfAbsent(e.id(), e);
            }
        }
        return new Gazetteer(added, this);
    }

    /** Whether the id is one of the entities added by {@link #withLocal}, not of the shared gazetteer. */
    public boolean isLocal(String id) {
        return base != null && (byId.containsKey(id) || base.isLocal(id));
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
        Gazetteer gazetteer = new Gazetteer(byId, null);
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
        unresolvedReferences(e).forEach(m -> problems.add(Problem.at(file, "entity '" + e.id() + "': " + m)));
    }

    /**
     * What is wrong with an entity's references to others (capital, country,
     * offices), one message each; empty when every reference resolves to an
     * entity of the right type.
     */
    public List<String> unresolvedReferences(Entity e) {
        List<String> problems = new ArrayList<>();
        expect("capital", e.capital(), EntityType.City, problems);
        expect("country", e.country(), EntityType.State, problems);
        for (String office : e.offices()) {
            expect("offices", office, EntityType.Office, problems);
        }
        return problems;
    }

    private void expect(String field, String ref, EntityType type, List<String> problems) {
        if (ref == null) {
            return;
        }
        Entity target = find(ref).orElse(null);
        if (target == null) {
            problems.add(field + " '" + ref + "' is not in the gazetteer");
        } else if (!target.allTypes().contains(type)) {
            problems.add(field + " '" + ref + "' is a " + target.type() + ", expected a " + type);
        }
    }

    public Optional<Entity> find(String id) {
        Entity e = byId.get(id);
        return e != null || base == null ? Optional.ofNullable(e) : base.find(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id) || base != null && base.contains(id);
    }

    /** Every entity, the shared gazetteer's first. */
    public Collection<Entity> entities() {
        if (base == null) {
            return byId.values();
        }
        List<Entity> all = new ArrayList<>(base.entities());
        all.addAll(byId.values());
        return all;
    }

    public int size() {
        return byId.size() + (base == null ? 0 : base.size());
    }
}
