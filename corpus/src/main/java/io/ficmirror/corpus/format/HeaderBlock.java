package io.ficmirror.corpus.format;

import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.corpus.work.Author;
import io.ficmirror.corpus.work.Fandom;
import io.ficmirror.corpus.work.Rating;
import io.ficmirror.corpus.work.Story;
import io.ficmirror.corpus.work.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Key: value" header block that opens a story posted outside the big archives (journals, lists, blogs, text
 * files), in the story's language, with what each line states for the expected Work. Formats draw the lines their
 * own way (bold labels, capitals, French spacing before the colon).
 */
final class HeaderBlock {
    /** One header line; {@code label} without its colon. */
    record Line(String label, String value) {
    }

    /** Which lines a format writes: journals and lists name everything, a bare text file little. */
    record Options(boolean author, boolean tags, boolean date, boolean notes, boolean upperCase) {
    }

    final List<Line> lines = new ArrayList<>();
    private final ExpectedFields stated = new ExpectedFields();
    private final List<String> notes = new ArrayList<>();

    HeaderBlock(Story s, Rng r, Options o) {
        Labels l = Labels.of(s.language());
        add(o, l.title, s.title());
        stated.put("title", s.title());
        if (o.author()) {
            List<String> names = s.authors().stream().map(Author::name).toList();
            add(o, l.author, String.join(l.and, names));
            stated.put("authors", names);
        }
        List<String> fandoms = s.fandoms().stream().map(Fandom::shortName).toList();
        add(o, l.fandom, String.join(", ", fandoms));
        stated.put("fandomsInclude", fandoms);
        if (!s.relationships().isEmpty()) {
            List<String> pairings = s.relationships().stream().map(rel -> rel.written(false)).toList();
            add(o, l.pairing, String.join(", ", pairings));
            stated.put("relationshipsInclude", pairings);
        }
        if (r.chance(0.6)) {
            List<String> characters = s.characters().stream().map(c -> r.chance(0.5) ? c.fullName() : c.shortName()).toList();
            add(o, l.characters, joinNames(characters, l.and));
            stated.put("charactersInclude", characters);
        }
        String rating = l.rating(s.rating(), r);
        if (rating != null) {
            add(o, l.rating, rating);
            stated.put("rating", Rating.onAo3Scale(rating));
        }
        String warnings = l.warnings(s.warnings());
        if (warnings != null) {
            add(o, l.warnings, warnings);
            stated.put("warningsInclude", s.warnings().stream().map(Warning::ao3).toList());
        }
        if (s.language() == Language.ENGLISH && r.chance(0.4)) {
            add(o, "Genre", String.join(", ", s.genres()));
            if (!o.tags()) {
                stated.put("tagsInclude", s.genres());
            }
        }
        if (o.tags() && s.language() == Language.ENGLISH) {
            add(o, "Tags", String.join(", ", s.tags()));
            stated.put("tagsInclude", s.tags());
        }
        if (!s.betas().isEmpty() && s.language() == Language.ENGLISH) {
            add(o, "Beta", String.join(" and ", s.betas()));
            stated.put("betas", s.betas());
        }
        if (o.date()) {
            add(o, l.date, l.date(s.published()));
            stated.put("published", DateStyles.iso(s.published()));
        }
        if (s.summary() != null) {
            add(o, l.summary, s.summary());
            stated.put("summary", s.summary());
        }
        if (s.disclaimer() != null) {
            add(o, l.disclaimer, s.disclaimer());
            stated.put("disclaimer", s.disclaimer());
        }
        if (o.notes() && s.notes() != null) {
            add(o, l.notes, s.notes());
            notes.add(s.notes());
        }
    }

    /** Adds what the header states to {@code e}; {@code moreNotes} are notes stated elsewhere in the document. */
    void expect(ExpectedFields e, List<String> moreNotes) {
        stated.asMap().forEach(e::put);
        List<String> all = new ArrayList<>(notes);
        all.addAll(moreNotes);
        if (!all.isEmpty()) {
            e.put("notesContains", all);
        }
    }

    /** The separator French typography puts before a colon. */
    static String colon(Language language) {
        return language == Language.FRENCH ? " : " : ": ";
    }

    private void add(Options o, String label, String value) {
        lines.add(new Line(o.upperCase() ? label.toUpperCase(java.util.Locale.ROOT) : label, value));
    }

    private static String joinNames(List<String> names, String and) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    /** Header labels and value conventions of one language. */
    private record Labels(Language language, String title, String author, String fandom, String pairing,
            String characters, String rating, String warnings, String summary, String disclaimer, String notes,
            String date, String and) {

        static Labels of(Language language) {
            return switch (language) {
                case ENGLISH -> new Labels(language, "Title", "Author", "Fandom", "Pairing", "Characters", "Rating",
                        "Warnings", "Summary", "Disclaimer", "Author's Note", "Date", " and ");
                case FRENCH -> new Labels(language, "Titre", "Auteur", "Fandom", "Couple", "Personnages", "Classement",
                        "Avertissements", "Résumé", "Disclaimer", "Note de l'auteur", "Date", " et ");
                case GERMAN -> new Labels(language, "Titel", "Autor", "Fandom", "Pairing", "Charaktere", "Rating",
                        "Warnungen", "Zusammenfassung", "Disclaimer", "Anmerkung", "Datum", " und ");
                case SPANISH -> new Labels(language, "Título", "Autora", "Fandom", "Pareja", "Personajes",
                        "Clasificación", "Advertencias", "Resumen", "Descargo", "Notas", "Fecha", " y ");
            };
        }

        /** French and Spanish fan sites rate as fanfiction.net does (K, T, M); English and German ones use letters. */
        String rating(Rating rating, Rng r) {
            return language == Language.FRENCH || language == Language.SPANISH ? rating.ffnet(r.nextInt(2))
                    : rating.letters(r.nextInt(2));
        }

        /** English states every warning; other languages only that there is none. */
        String warnings(List<Warning> warnings) {
            if (language == Language.ENGLISH) {
                return String.join(", ", warnings.stream().map(Warning::written).toList());
            }
            if (!warnings.equals(List.of(Warning.NONE))) {
                return null;
            }
            return switch (language) {
                case FRENCH -> "aucun";
                case GERMAN -> "keine";
                default -> "ninguna";
            };
        }

        String date(java.time.LocalDate d) {
            return switch (language) {
                case ENGLISH -> DateStyles.english(d);
                case FRENCH -> DateStyles.french(d);
                case GERMAN -> DateStyles.german(d);
                case SPANISH -> DateStyles.spanish(d);
            };
        }
    }
}
