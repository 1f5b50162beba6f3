package org.entente.evaluate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.entente.claims.DateValue;
import org.entente.claims.Participant;
import org.entente.claims.Role;
import org.entente.claims.Situation;

/**
 * When an extracted event counts as a gold event.
 *
 * <p><b>Strict</b>: the same CAMEO root; every gold participant in a source
 * role (initiator, proposer, founder, supplier, supporter, mediator) is among
 * the extracted participants in a source role, every gold participant in a
 * target role (recipient, target, buyer, supported, holder) among them in a
 * target role, and every gold participant of a symmetric exchange
 * (participant, member) among them in any role; and, where the gold event has
 * a date, the extracted date equals it at the gold date's granularity.
 *
 * <p><b>Lenient</b>: the same CAMEO root and at least one gold participant
 * among the extracted participants, in any role (the root alone when the gold
 * event names no participant).
 *
 * <p>On either side, an agent acted for takes part in the role of the one
 * acting for it: China in the role of its president who made the call.
 */
public final class EventMatcher {
    static final Set<Role> SOURCE = EnumSet.of(Role.INITIATOR, Role.PROPOSER, Role.FOUNDER, Role.SUPPLIER,
            Role.SUPPORTER, Role.MEDIATOR);
    static final Set<Role> TARGET = EnumSet.of(Role.RECIPIENT, Role.TARGET, Role.BUYER, Role.SUPPORTED, Role.HOLDER);

    private final EntityMatcher entities;

    public EventMatcher(EntityMatcher entities) {
        this.entities = entities;
    }

    public boolean strict(Situation gold, Situation found) {
        return whyNotStrict(gold, found) == null;
    }

    /** The strict rule without its date condition. */
    public boolean strictIgnoringDate(Situation gold, Situation found) {
        return whyNot(gold, found, false) == null;
    }

    /** Null when the pair matches strictly, else the first condition that fails, in words. */
    public String whyNotStrict(Situation gold, Situation found) {
        return whyNot(gold, found, true);
    }

    private String whyNot(Situation gold, Situation found, boolean withDate) {
        if (!sameRoot(gold, found)) {
            return "CAMEO root " + root(found) + " instead of " + root(gold);
        }
        List<Participant> taking = found.participantsAndPrincipals();
        for (Participant p : gold.participantsAndPrincipals()) {
            Set<Role> allowed = SOURCE.contains(p.role()) ? SOURCE : TARGET.contains(p.role()) ? TARGET : EnumSet.allOf(Role.class);
            if (!has(taking, p.entity(), allowed)) {
                boolean elsewhere = has(taking, p.entity(), EnumSet.allOf(Role.class));
                String side = allowed == SOURCE ? "source" : allowed == TARGET ? "target" : "participant";
                return elsewhere ? entities.goldLabel(p.entity()) + " not in a " + side + " role"
                        : "no " + side + " " + entities.goldLabel(p.entity());
            }
        }
        if (withDate && !sameDate(gold.date(), found.date())) {
            return "date " + (found.date() == null ? "missing" : found.date().value()) + " instead of " + gold.date().value();
        }
        return null;
    }

    public boolean lenient(Situation gold, Situation found) {
        if (!sameRoot(gold, found)) {
            return false;
        }
        List<Participant> wanted = gold.participantsAndPrincipals();
        List<Participant> taking = found.participantsAndPrincipals();
        return wanted.isEmpty() || wanted.stream().anyMatch(p -> has(taking, p.entity(), EnumSet.allOf(Role.class)));
    }

    /** Whether a found date gives the gold date at the gold date's granularity; true when gold has none. */
    public static boolean sameDate(DateValue gold, DateValue found) {
        if (gold == null) {
            return true;
        }
        return found != null && found.value().length() >= gold.value().length()
                && found.value().startsWith(gold.value());
    }

    private boolean has(List<Participant> participants, String entity, Set<Role> roles) {
        return participants.stream().anyMatch(p -> roles.contains(p.role()) && entities.same(entity, p.entity()));
    }

    private static boolean sameRoot(Situation a, Situation b) {
        return root(a).equals(root(b));
    }

    static String root(Situation s) {
        return s.cameoCode() == null ? s.type().name() : s.cameoCode().root();
    }
}
