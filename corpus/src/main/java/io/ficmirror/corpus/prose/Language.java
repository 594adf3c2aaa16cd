package io.ficmirror.corpus.prose;

/** The languages stories are generated in, with their BCP 47 tags (what the parser reports as {@code language}). */
public enum Language {
    ENGLISH("en", "English"), FRENCH("fr", "Français"), GERMAN("de", "Deutsch"), SPANISH("es", "Español");

    private final String tag;
    private final String name;

    Language(String tag, String name) {
        this.tag = tag;
        this.name = name;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, as AO3's "Language:" writes it. */
    public String nativeName() {
        return name;
    }
}
