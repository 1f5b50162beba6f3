package org.entente.evaluate;

/**
 * A strictly matched event whose extracted claims judge it otherwise than the
 * gold claims do: how firmly it is stated, on whose word, or its status.
 *
 * @param article the article id
 * @param event   the gold event's id
 * @param found   the id of the extracted event matched to it
 * @param aspect  factuality, source or status
 * @param gold    what the gold claims say: factualities or sources, in order, joined by commas ("none" for no source)
 * @param given   what the extracted claims say, written the same way
 */
public record JudgementFinding(String article, String event, String found, String aspect, String gold, String given) {
}
