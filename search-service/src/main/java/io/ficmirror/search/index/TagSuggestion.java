package io.ficmirror.search.index;

/** A tag for autocomplete: its type (fandom, relationship, character, freeform), name and number of works. */
public record TagSuggestion(String type, String name, long works) {
}
