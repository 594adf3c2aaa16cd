-- The catalogue becomes canonical: one work gathers every document it was found in (its sources), whether they are
-- copies of the same story in several mirrors or one chapter per page. Tags, creators and series get tables of their
-- own. The first shape's rows are dropped: catalog-service reads works.parsed again under a new consumer group and
-- rebuilds them (the topic is the system's log; the tables are its projection).
drop table work;

create table work (
    id               varchar(32)  primary key,
    title            text,
    summary          text,
    notes            text,
    disclaimer       text,
    rating           text         not null,
    language         varchar(35),
    word_count       integer      not null,
    chapter_count    integer      not null,
    comment_count    integer,
    source_count     integer      not null,
    published_at     date,
    updated_at       date,
    -- set when the work is assembled from documents that each hold one part (PartOf.key); such works are found by
    -- this key, the others by their fingerprint
    part_key         text         unique,
    fingerprint      bytea        not null,
    content_hash     varchar(64),
    version          bigint       not null,
    -- the highest version sent on works.catalogued: the table is its own outbox
    published_version bigint      not null default 0,
    catalogued_at    timestamptz  not null,
    changed_at       timestamptz  not null
);
-- keyset pages of GET /api/works (newest first) and of the export (changed since)
create index work_catalogued_order on work (catalogued_at desc, id desc);
create index work_changed_order on work (changed_at, id);
create index work_language on work (language);
create index work_rating on work (rating);
create index work_word_count on work (word_count);
create index work_published_year on work (extract(year from published_at));
create index work_unpublished on work (id) where published_version < version;

create table work_text (
    work_id  varchar(32) primary key references work (id) on delete cascade,
    body     text        not null
);

create table chapter (
    work_id    varchar(32) not null references work (id) on delete cascade,
    position   integer     not null,
    title      text,
    word_count integer     not null,
    primary key (work_id, position)
);

create sequence creator_seq increment by 50;
create table creator (
    id         bigint  primary key,
    name       text    not null unique,
    work_count integer not null default 0
);
create index creator_name_prefix on creator (lower(name) text_pattern_ops);

create table work_creator (
    work_id    varchar(32) not null references work (id) on delete cascade,
    position   integer     not null,
    creator_id bigint      not null references creator (id),
    primary key (work_id, position)
);
create index work_creator_by_creator on work_creator (creator_id, work_id);

-- type: fandom, relationship, character, freeform, rating, warning, category
create sequence tag_seq increment by 50;
create table tag (
    id         bigint      primary key,
    type       varchar(16) not null,
    name       text        not null,
    work_count integer     not null default 0,
    unique (type, name)
);
create index tag_name_prefix on tag (lower(name) text_pattern_ops);
create index tag_by_count on tag (type, work_count desc);

-- other names a source used for a canonical tag ("SV" for Smallville); a name is a synonym of one tag per type
create table tag_synonym (
    type   varchar(16) not null,
    name   text        not null,
    tag_id bigint      not null references tag (id),
    primary key (type, name)
);
create index tag_synonym_prefix on tag_synonym (lower(name) text_pattern_ops);

create table work_tag (
    work_id  varchar(32) not null references work (id) on delete cascade,
    position integer     not null,
    tag_id   bigint      not null references tag (id),
    primary key (work_id, position)
);
create index work_tag_by_tag on work_tag (tag_id, work_id);

create sequence series_seq increment by 50;
create table series (
    id    bigint primary key,
    title text   not null unique
);

create table work_series (
    work_id   varchar(32) not null references work (id) on delete cascade,
    position  integer     not null,
    series_id bigint      not null references series (id),
    part      integer,
    primary key (work_id, position)
);
create index work_series_by_series on work_series (series_id, part);

-- One row per document the catalogue holds a work for. "parsed" is the Work event as received (with its text), so
-- the canonical work can be derived again when another source joins or leaves.
create table source (
    document_id    varchar(32)  primary key,
    work_id        varchar(32)  not null references work (id),
    archive        text         not null,
    uri            text         not null,
    sha256         varchar(64)  not null,
    fetched_at     timestamptz  not null,
    parser_version varchar(40)  not null,
    source_format  varchar(40)  not null,
    part_number    integer,
    fingerprint    bytea        not null,
    parsed         jsonb        not null,
    catalogued_at  timestamptz  not null
);
create index source_by_work on source (work_id);
create index source_by_archive on source (archive, work_id);

-- Locality-sensitive hashing of the fingerprints of works that are not assembled from parts: texts whose estimated
-- similarity reaches the threshold share at least one band with near certainty (see the README's deduplication).
create table work_band (
    band    bigint      not null,
    work_id varchar(32) not null references work (id) on delete cascade,
    primary key (band, work_id)
);
create index work_band_by_work on work_band (work_id);

create index rejected_document_by_archive on rejected_document (source_archive);
-- which version of the document was rejected: a later work of the same document replaces the rejection, an earlier one does not
alter table rejected_document add column fetched_at timestamptz;

-- works that ceased to exist (all their sources joined other works) and whose tombstone is not yet on works.catalogued
create table work_tombstone (
    work_id    varchar(32) primary key,
    removed_at timestamptz not null
);
