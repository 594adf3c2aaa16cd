package io.ficmirror.catalog.service;

import io.ficmirror.contract.Work;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The kinds of tag the catalogue keeps, each read from one field of the Work contract. */
public enum TagType {
    FANDOM("fandoms", Work::fandoms),
    RELATIONSHIP("relationships", Work::relationships),
    CHARACTER("characters", Work::characters),
    FREEFORM("tags", Work::tags),
    RATING("rating", work -> work.rating() == null ? List.of() : List.of(work.rating())),
    WARNING("warnings", Work::warnings),
    CATEGORY("categories", Work::categories),
    /** The challenges, prompts or fests a work was written for. */
    CHALLENGE("challenges", Work::challenges);

    private final String workField;
    private final Function<Work, List<String>> values;

    TagType(String workField, Function<Work, List<String>> values) {
        this.workField = workField;
        this.values = values;
    }

    /** The name used in the database, the API and the feed: "fandom", "relationship", ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field of {@link Work#asWritten()} that holds this type's names as the source wrote them. */
    public String workField() {
        return workField;
    }

    public List<String> of(Work work) {
        List<String> list = values.apply(work);
        return list == null ? List.of() : list;
    }

    public static TagType fromId(String id) {
        for (TagType type : values()) {
            if (type.id().equalsIgnoreCase(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown tag type \"" + id + "\"; one of fandom, relationship, character, "
                + "freeform, rating, warning, category, challenge");
    }
}
