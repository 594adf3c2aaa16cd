package io.ficmirror.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A canonical work: what the catalogue derived from all the documents it was found in. */
@Entity
@Table(name = "work")
public class WorkEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String title;
    public String summary;
    public String notes;
    public String disclaimer;
    public String rating;
    public String language;
    @Column(name = "word_count")
    public int wordCount;
    @Column(name = "chapter_count")
    public int chapterCount;
    @Column(name = "comment_count")
    public Integer commentCount;
    @Column(name = "source_count")
    public int sourceCount;
    @Embedded
    public EngagementRow engagement;
    /** Null when no source says whether the work is complete. */
    public Boolean complete;
    @Column(name = "published_at")
    public LocalDate publishedAt;
    @Column(name = "updated_at")
    public LocalDate updatedAt;
    @Column(name = "part_key")
    public String partKey;
    public byte[] fingerprint;
    /** SHA-256 of everything the feed says of the work: a derivation that yields the same hash is no change. */
    @Column(name = "content_hash")
    public String contentHash;
    public long version;
    @Column(name = "published_version")
    public long publishedVersion;
    @Column(name = "catalogued_at")
    public Instant cataloguedAt;
    @Column(name = "changed_at")
    public Instant changedAt;

    @ManyToMany
    @JoinTable(name = "work_creator", joinColumns = @JoinColumn(name = "work_id"),
            inverseJoinColumns = @JoinColumn(name = "creator_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<CreatorEntity> creators = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "work_tag", joinColumns = @JoinColumn(name = "work_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<TagEntity> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_series", joinColumns = @JoinColumn(name = "work_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<SeriesLink> series = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "chapter", joinColumns = @JoinColumn(name = "work_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<ChapterRow> chapters = new ArrayList<>();
}
