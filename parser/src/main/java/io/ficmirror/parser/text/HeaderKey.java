package io.ficmirror.parser.text;

import java.util.HashMap;
import java.util.Map;

/** The labels of story header blocks, with their synonyms in the languages and dialects archives use. */
public enum HeaderKey {
    TITLE("title", "titles", "story title", "fic title", "titulo", "titel", "titre", "titolo", "title of story", "name"),
    AUTHOR("author", "authors", "writer", "written by", "by", "auteur", "auteure", "autor", "autora", "autore",
            "creator", "creators", "author name", "ecrit par", "escrito por", "pseud", "artist/author"),
    FANDOM("fandom", "fandoms", "universe", "canon", "show", "fandom/universe", "source", "serie tv", "fandom(s)"),
    PAIRING("pairing", "pairings", "relationship", "relationships", "ship", "ships", "pareja", "parejas", "couple",
            "couples", "paring", "pairing(s)", "main pairing", "pairings/characters", "characters/pairings",
            "couple(s)", "romance"),
    CHARACTERS("characters", "character", "personnages", "personnage", "personajes", "personaggi", "figuren",
            "charaktere", "cast", "characters involved", "character(s)"),
    RATING("rating", "rated", "ratings", "classification", "clasificacion", "classement", "calificacion", "rate",
            "rating/warnings", "age rating"),
    WARNINGS("warning", "warnings", "archive warning", "archive warnings", "content warning", "content warnings",
            "advertencia", "advertencias", "avertissement", "avertissements", "warnungen", "trigger warning",
            "trigger warnings", "warning(s)"),
    SPOILERS("spoilers", "spoiler", "spoiler warning", "spoilers for", "spoilers:"),
    SUMMARY("summary", "summaries", "description", "resumen", "resume", "zusammenfassung", "sommario", "blurb",
            "synopsis", "abstract", "teaser"),
    NOTES("notes", "note", "a/n", "an", "author's note", "authors note", "author's notes", "authors notes",
            "author note", "author notes", "nota", "notas", "note de l'auteur", "notes de l'auteur", "anmerkung",
            "anmerkungen", "dedication", "dedicated to", "thanks", "acknowledgements", "written for", "prompt",
            "recipient", "request", "gift for", "for", "author's note(s)", "notas de autor", "nota del autor"),
    CHALLENGE("challenge", "challenges", "challenge response", "reto", "defi"),
    DISCLAIMER("disclaimer", "disclaimers", "descargo", "haftungsausschluss", "disclamer", "disclaimer(s)"),
    BETA("beta", "betas", "beta reader", "beta readers", "beta-reader", "betaed by", "beta'd by", "beta-read by",
            "beta read by", "betareader", "beta-readers", "correction", "correctrice", "correcteur", "beta/s"),
    GENRE("genre", "genres", "category", "categories", "genero", "type", "kind", "style", "genre(s)"),
    TAGS("tags", "additional tags", "freeform", "freeforms", "keywords", "labels", "themes", "tropes"),
    SERIES("series", "serie", "part of", "verse", "sequel to", "prequel to", "series title"),
    WORDS("word count", "wordcount", "words", "length", "mots", "palabras", "word count:", "size", "wc"),
    PUBLISHED("date", "published", "posted", "written", "fecha", "publie", "datum", "date posted", "date written",
            "date published", "first posted", "originally posted"),
    UPDATED("updated", "last updated", "completed", "mise a jour", "date updated", "revised"),
    LANGUAGE("language", "langue", "idioma", "sprache", "lingua"),
    IGNORED("archive", "archiving", "archive permission", "feedback", "comments", "status", "email", "e-mail",
            "website", "url", "site", "homepage", "current mood", "current music", "current location", "mood",
            "music", "location", "entry tags", "crossposts", "contact", "stats", "chapters", "complete", "permission",
            "permissions", "distribution", "fb", "cc");

    private static final Map<String, HeaderKey> BY_LABEL = new HashMap<>();

    static {
        for (HeaderKey key : values()) {
            for (String label : key.labels) {
                BY_LABEL.put(label, key);
            }
        }
    }

    private final String[] labels;

    HeaderKey(String... labels) {
        this.labels = labels;
    }

    /** The key for a label as written ("Author's Note", "TÍTULO", "**Rating**"), or null. */
    public static HeaderKey of(String label) {
        String f = Texts.fold(label.replace("*", "").replace("_", " ").replace("[", "").replace("]", "")).strip();
        if (f.endsWith(":")) {
            f = f.substring(0, f.length() - 1).strip();
        }
        return BY_LABEL.get(f);
    }
}
