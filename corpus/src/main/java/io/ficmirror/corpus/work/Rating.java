package io.ficmirror.corpus.work;

import java.util.Map;

/** A story's rating, and how each kind of site writes it. */
public enum Rating {
    GENERAL("General Audiences", new String[] {"K", "K+"}, new String[] {"G", "PG"}, "General"),
    TEEN("Teen And Up Audiences", new String[] {"T"}, new String[] {"PG-13"}, "Teen"),
    MATURE("Mature", new String[] {"M"}, new String[] {"R"}, "Mature"),
    EXPLICIT("Explicit", new String[] {"M"}, new String[] {"NC-17"}, "Adult"),
    NOT_RATED("Not Rated", new String[0], new String[0], null);

    /** What every label written by a generated document means on AO3's scale (the rating the parser reports). */
    private static final Map<String, String> ON_AO3_SCALE = Map.ofEntries(Map.entry("K", "General Audiences"),
            Map.entry("K+", "General Audiences"), Map.entry("G", "General Audiences"),
            Map.entry("PG", "General Audiences"), Map.entry("General", "General Audiences"),
            Map.entry("T", "Teen And Up Audiences"), Map.entry("PG-13", "Teen And Up Audiences"),
            Map.entry("Teen", "Teen And Up Audiences"), Map.entry("M", "Mature"), Map.entry("R", "Mature"),
            Map.entry("Mature", "Mature"), Map.entry("NC-17", "Explicit"), Map.entry("Adult", "Explicit"),
            Map.entry("General Audiences", "General Audiences"), Map.entry("Teen And Up Audiences", "Teen And Up Audiences"),
            Map.entry("Explicit", "Explicit"), Map.entry("Not Rated", "Not Rated"));

    private final String ao3;
    private final String[] ffnet;
    private final String[] letters;
    private final String efiction;

    Rating(String ao3, String[] ffnet, String[] letters, String efiction) {
        this.ao3 = ao3;
        this.ffnet = ffnet;
        this.letters = letters;
        this.efiction = efiction;
    }

    public String ao3() {
        return ao3;
    }

    /** fanfiction.net's K/K+/T/M, null when unrated; {@code variant} picks among equivalent labels. */
    public String ffnet(int variant) {
        return ffnet.length == 0 ? null : ffnet[Math.floorMod(variant, ffnet.length)];
    }

    /** The film letters journals and lists use (G, PG, PG-13, R, NC-17), null when unrated. */
    public String letters(int variant) {
        return letters.length == 0 ? null : letters[Math.floorMod(variant, letters.length)];
    }

    /** An eFiction archive's words (General, Teen, Mature, Adult), null when unrated. */
    public String efiction() {
        return efiction;
    }

    /** The AO3 rating a written label means. */
    public static String onAo3Scale(String label) {
        String r = ON_AO3_SCALE.get(label);
        if (r == null) {
            throw new IllegalArgumentException("no AO3 rating known for label " + label);
        }
        return r;
    }
}
