package io.ficmirror.corpus.work;

import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The short texts around a story: tags, genres, author's notes, disclaimers, end notes and reader comments. */
final class Blurbs {
    /** fanfiction.net's genres, as its stats line writes them. */
    private static final String[] GENRES = {"Romance", "Humor", "Drama", "Angst", "Adventure", "Hurt/Comfort",
        "Friendship", "Family", "Tragedy", "Mystery", "Fantasy", "General", "Horror", "Suspense", "Sci-Fi", "Parody"};

    private final Names names;
    private final NamePools pools = NamePools.get();

    Blurbs(Names names) {
        this.names = names;
    }

    List<String> tags(Rng r) {
        Set<String> tags = new LinkedHashSet<>();
        int n = r.between(2, 7);
        while (tags.size() < n) {
            tags.add(pools.tags.get(r.skewed(pools.tags.size())));
        }
        return List.copyOf(tags);
    }

    List<String> genres(Rng r) {
        String first = r.pick(GENRES);
        String second = r.pick(GENRES);
        return r.chance(0.6) && !second.equals(first) ? List.of(first, second) : List.of(first);
    }

    String notes(Rng r, Language language, Fandom fandom) {
        String friend = names.givenName(r);
        return switch (language) {
            case FRENCH -> r.pick(new String[] {"Merci à " + friend + " pour la relecture.",
                "Écrit pour un défi du forum " + fandom.shortName() + ".", "Ma première fanfiction, soyez indulgents."});
            case GERMAN -> r.pick(new String[] {"Danke an " + friend + " fürs Korrekturlesen.",
                "Geschrieben für die Wichtelaktion im " + fandom.shortName() + "-Forum.",
                "Meine erste Geschichte in diesem Fandom."});
            case SPANISH -> r.pick(new String[] {"Gracias a " + friend + " por la revisión.",
                "Escrito para el reto del foro de " + fandom.shortName() + ".", "Mi primer fanfic, sed amables."});
            case ENGLISH -> englishNotes(r, friend, fandom);
        };
    }

    private String englishNotes(Rng r, String friend, Fandom fandom) {
        String event = r.pick(pools.events);
        return switch (r.nextInt(8)) {
            case 0 -> "Written for the " + fandom.shortName() + " " + event + ". Thanks to " + friend + " for the beta.";
            case 1 -> "For " + friend + ", who asked for " + r.nextInt(3) + " things and got this instead.";
            case 2 -> "Unbetaed, so all mistakes are mine. I hope you enjoy it!";
            case 3 -> "This started as a ficlet and got away from me. Many thanks to " + friend + " for the cheerleading.";
            case 4 -> "Set after the season " + r.between(1, 7) + " finale. Spoilers for everything up to it.";
            case 5 -> "My first fic in this fandom, so please be gentle. Concrit is welcome.";
            case 6 -> "Written for the " + event + ". My prompt was " + friend + "'s: 'a door that should stay shut'.";
            default -> "Huge thanks to " + friend + " for the beta and the hand-holding.";
        };
    }

    String disclaimer(Rng r, Language language, Fandom fandom) {
        String owner = fandom.real() ? "their creators" : r.pick(pools.companies);
        return switch (language) {
            case FRENCH -> "Les personnages de " + fandom.shortName() + " appartiennent à " + owner + ".";
            case GERMAN -> "Die Figuren aus " + fandom.shortName() + " gehören nicht mir, sondern " + owner + ".";
            case SPANISH -> "Los personajes de " + fandom.shortName() + " pertenecen a " + owner + ".";
            case ENGLISH -> r.pick(new String[] {fandom.shortName() + " and its characters belong to " + owner
                + ". No profit is made.", "Not mine, never will be.", "I don't own " + fandom.shortName()
                + " or anyone in it; I just borrow them on weekends.", "The characters belong to " + owner
                + ". No money is being made."});
        };
    }

    /** A note after the story: where the title comes from, or a plea for comments. */
    String endNote(Rng r) {
        return r.chance(0.5) ? "Title from a poem by " + names.givenName(r) + " " + names.familyName(r) + "."
                : r.pick(new String[] {"Thank you for reading! Please review.", "Comments are love!",
                    "Let me know what you think!", "Feedback is always welcome."});
    }

    List<ReaderComment> comments(Rng r, LocalDate published) {
        int n = r.chance(0.15) ? 0 : r.skewed(45) + 1;
        List<ReaderComment> comments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = published.plusDays(r.skewed(30));
            comments.add(new ReaderComment(names.username(r), r.pick(pools.comments),
                    day.atTime(r.nextInt(24), r.nextInt(60))));
        }
        comments.sort(java.util.Comparator.comparing(ReaderComment::at));
        return List.copyOf(comments);
    }
}
