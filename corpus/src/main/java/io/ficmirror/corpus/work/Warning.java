package io.ficmirror.corpus.work;

/** AO3's archive warnings, and the words other sites write for them. */
public enum Warning {
    NONE("No Archive Warnings Apply", "none"),
    CHOSE_NOT("Creator Chose Not To Use Archive Warnings", "choose not to warn"),
    DEATH("Major Character Death", "character death"),
    VIOLENCE("Graphic Depictions Of Violence", "violence");

    private final String ao3;
    private final String written;

    Warning(String ao3, String written) {
        this.ao3 = ao3;
        this.written = written;
    }

    public String ao3() {
        return ao3;
    }

    /** As a "Warnings:" header outside AO3 says it; the parser maps it back to {@link #ao3()}. */
    public String written() {
        return written;
    }
}
