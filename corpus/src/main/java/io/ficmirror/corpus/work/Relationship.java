package io.ficmirror.corpus.work;

/** Two characters, romantically ("A/B") or as friends ("A &amp; B"). */
public record Relationship(CastMember a, CastMember b, boolean romantic) {

    /** "Maren/Tobias", or with full names "Maren Holt/Tobias Wren"; "&" joins friends. */
    public String written(boolean fullNames) {
        String left = fullNames ? a.fullName() : a.shortName();
        String right = fullNames ? b.fullName() : b.shortName();
        return left + (romantic ? "/" : " & ") + right;
    }

    /** The AO3 category this relationship puts a work in. */
    public String category() {
        if (!romantic) {
            return "Gen";
        }
        boolean aFemale = a.pronoun() == 1;
        boolean bFemale = b.pronoun() == 1;
        return aFemale && bFemale ? "F/F" : aFemale || bFemale ? "F/M" : "M/M";
    }
}
