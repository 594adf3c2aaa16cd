package io.ficmirror.corpus.work;

import io.ficmirror.corpus.prose.Person;

/**
 * A character of a fandom.
 *
 * @param shortName what fans call them in pairings and the narration ("Maren", "Kirk")
 * @param pronoun   0 he, 1 she, 2 they
 */
public record CastMember(String fullName, String shortName, int pronoun) {

    /** As fanfiction.net's stats line writes a character: given name and initial ("Maren H."). */
    public String ffnetName() {
        int space = fullName.lastIndexOf(' ');
        return space < 0 ? fullName : fullName.substring(0, fullName.indexOf(' ')) + " " + fullName.charAt(space + 1) + ".";
    }

    public Person person() {
        return new Person(shortName, pronoun);
    }
}
