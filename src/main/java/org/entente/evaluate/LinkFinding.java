package org.entente.evaluate;

/**
 * One link the evaluation lists: a gold link the extracted partner of its
 * event lacks (missed), or an extracted link the gold partner of its event
 * does not have (wrong).
 *
 * @param article the article id
 * @param event   the id of the event the link leaves, in the claim set it comes from
 * @param type    theme, topic, aim, after or partOf
 * @param target  the id of the event or entity the link points to, in the same claim set
 * @param missed  true for a gold link not recovered, false for a wrong extracted one
 */
public record LinkFinding(String article, String event, String type, String target, boolean missed) {
}
