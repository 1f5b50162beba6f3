package org.entente.evaluate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.entente.claims.Entity;
import org.entente.gazetteer.Gazetteer;

/**
 * Decides whether an entity named by extracted claims stands for one named by
 * gold claims. The same id always does. Two different ids of the shared
 * gazetteer never do: the gazetteer tells them apart. Otherwise, where one side
 * minted an entity of its own (a person, body or group the gazetteer lacks),
 * the two are the same when they share a name: a label or alias, compared in
 * lower case without accents, punctuation or a leading "the".
 */
public final class EntityMatcher {
    private final Gazetteer shared;
    private final Gazetteer gold;
    private final Gazetteer extracted;

    /**
     * @param shared    the gazetteer both sides were written against
     * @param gold      the shared gazetteer with the gold claims' own entities
     * @param extracted the shared gazetteer with the extracted claims' own entities
     */
    public EntityMatcher(Gazetteer shared, Gazetteer gold, Gazetteer extracted) {
        this.shared = shared;
        this.gold = gold;
        this.extracted = extracted;
    }

    /** Whether extracted entity {@code found} stands for gold entity {@code wanted}; null matches null only. */
    public boolean same(String wanted, String found) {
        if (wanted == null || found == null) {
            return wanted == null && found == null;
        }
        if (wanted.equals(found)) {
            return true;
        }
        if (shared.contains(wanted) && shared.contains(found)) {
            return false;
        }
        Set<String> a = names(gold, wanted);
        a.retainAll(names(extracted, found));
        return !a.isEmpty();
    }

    private static Set<String> names(Gazetteer g, String id) {
        Set<String> names = new HashSet<>();
        names.add(normalise(id.replace('-', ' ')));
        g.find(id).ifPresent(e -> {
            names.add(normalise(e.label()));
            e.aliases().forEach(a -> names.add(normalise(a)));
        });
        return names;
    }

    /** Lower case, accents and punctuation dropped, a leading "the" dropped, spaces single. */
    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** The label of an entity on the gold side, for reports. */
    public String goldLabel(String id) {
        return gold.find(id).map(Entity::label).orElse(id);
    }

    /** The label of an entity on the extracted side, for reports. */
    public String extractedLabel(String id) {
        return extracted.find(id).map(Entity::label).orElse(id);
    }
}
