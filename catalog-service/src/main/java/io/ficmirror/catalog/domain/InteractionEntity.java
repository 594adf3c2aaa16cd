package io.ficmirror.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reader's interaction with a document, as last published on the interactions topic. */
@Entity
@Table(name = "interaction")
public class InteractionEntity extends PanacheEntityBase {
    @Id
    @Column(name = "interaction_id")
    public String interactionId;
    public String archive;
    @Column(name = "reader_id")
    public String readerId;
    @Column(name = "document_id")
    public String documentId;
    public String kind;
    @Column(name = "happened_at")
    public Instant happenedAt;
}
