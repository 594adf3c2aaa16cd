package io.ficmirror.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "creator")
public class CreatorEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "creator_seq")
    @SequenceGenerator(name = "creator_seq", sequenceName = "creator_seq", allocationSize = 50)
    public Long id;
    public String name;
    /** Kept up to date by the projection, for browsing without counting. */
    @Column(name = "work_count")
    public int workCount;
}
