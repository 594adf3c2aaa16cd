package io.ficmirror.catalog.domain;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SeriesPart;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "work")
public class WorkEntity extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "document_id")
    public String documentId;
    public String title;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> authors;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> fandoms;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> relationships;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> characters;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> tags;
    public String rating;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> warnings;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> categories;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SeriesPart> series;
    public String summary;
    public String notes;
    public String disclaimer;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> betas;
    @Column(name = "published_at")
    public LocalDate publishedAt;
    @Column(name = "updated_at")
    public LocalDate updatedAt;
    public String language;
    @Column(name = "word_count")
    public int wordCount;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Chapter> chapters;
    @Column(name = "comment_count")
    public Integer commentCount;
    public String body;
    @Column(name = "source_format")
    public String sourceFormat;
    @Column(name = "source_archive")
    public String sourceArchive;
    @Column(name = "source_uri")
    public String sourceUri;
    @Column(name = "source_sha256")
    public String sourceSha256;
    @Column(name = "parser_version")
    public String parserVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "as_written")
    public Map<String, List<String>> asWritten;
    @Column(name = "catalogued_at")
    public Instant cataloguedAt;

    public static List<WorkEntity> findByDocumentIds(List<String> documentIds) {
        return list("documentId in ?1", documentIds);
    }
}
