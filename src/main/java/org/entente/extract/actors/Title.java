package org.entente.extract.actors;

/**
 * A title the article gives a person: "Prime Minister" in "Japanese Prime
 * Minister Ryutaro Hashimoto", with the state it names.
 *
 * @param sentence the sentence it is in
 * @param person   the person's entity id
 * @param title    the title, lower case ("prime minister")
 * @param country  the state named with it, or null
 */
public record Title(int sentence, String person, String title, String country) {
}
