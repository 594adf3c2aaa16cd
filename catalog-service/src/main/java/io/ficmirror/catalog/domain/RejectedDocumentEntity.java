package io.ficmirror.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "rejected_document")
public class RejectedDocumentEntity extends PanacheEntityBase {
    @Id
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "source_archive")
    public String sourceArchive;
    @Column(name = "source_uri")
    public String sourceUri;
    @Column(name = "source_sha256")
    public String sourceSha256;
    public String stage;
    public String kind;
    public String reason;
    @Column(name = "rejected_at")
    public Instant rejectedAt;
    /** When the rejected version of the document was fetched. */
    @Column(name = "fetched_at")
    public Instant fetchedAt;

    public static List<RejectedDocumentEntity> findByDocumentIds(List<String> documentIds) {
        return list("documentId in ?1", documentIds);
    }
}
