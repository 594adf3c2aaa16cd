package io.ficmirror.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A canonical tag of one type (fandom, relationship, character, freeform, rating, warning, category, challenge). */
@Entity
@Table(name = "tag")
public class TagEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
    @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
    public Long id;
    public String type;
    public String name;
    /** Kept up to date by the projection, for browsing without counting. */
    @Column(name = "work_count")
    public int workCount;
}
