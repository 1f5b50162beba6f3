package org.entente.evaluate;

/**
 * One event the evaluation lists: a gold event nothing extracted matches
 * strictly (a miss) or an extracted event that matches no gold event (an
 * invention), with the sentence it rests on.
 *
 * @param article     the article id
 * @param event       the event's id in its claim set
 * @param cameo       its CAMEO code
 * @param description type, participants with roles, and date, in one line
 * @param sentence    the first evidence quote of its first claim
 * @param nearest     for a miss, why the closest extracted event of the same root failed the strict match; else null
 */
public record Finding(String article, String event, String cameo, String description, String sentence, String nearest) {
}
