package io.ficmirror.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The story text of a canonical work, apart from the work so that lists never load it. */
@Entity
@Table(name = "work_text")
public class WorkTextEntity extends PanacheEntityBase {
    @Id
    @Column(name = "work_id")
    public String workId;
    public String body;
}
