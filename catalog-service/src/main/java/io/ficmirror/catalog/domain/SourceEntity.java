package io.ficmirror.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document a work was found in, with the Work parsed from it. */
@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {
    @Id
    @Column(name = "document_id")
    public String documentId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_id")
    public WorkEntity work;
    public String archive;
    public String uri;
    public String sha256;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
    @Column(name = "parser_version")
    public String parserVersion;
    @Column(name = "source_format")
    public String sourceFormat;
    @Column(name = "part_number")
    public Integer partNumber;
    public byte[] fingerprint;
    /** The Work event as received, JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String parsed;
    @Column(name = "catalogued_at")
    public Instant cataloguedAt;

    public static List<SourceEntity> ofWork(String workId) {
        return list("work.id = ?1 order by partNumber nulls first, fetchedAt, documentId", workId);
    }

    /** The sources of several works, each work's in the order {@link #ofWork} gives. */
    public static List<SourceEntity> ofWorks(List<String> workIds) {
        return list("work.id in ?1 order by work.id, partNumber nulls first, fetchedAt, documentId", workIds);
    }

    public static List<SourceEntity> findByDocumentIds(List<String> documentIds) {
        return list("documentId in ?1", documentIds);
    }

    /**
     * The sources of these documents with their works, in one statement: loaded one after the other, the work of a
     * source read first could be removed (its last source rejected) before it is read.
     */
    public static List<SourceEntity> withWorks(List<String> documentIds) {
        return list("from SourceEntity s join fetch s.work where s.documentId in ?1", documentIds);
    }
}
