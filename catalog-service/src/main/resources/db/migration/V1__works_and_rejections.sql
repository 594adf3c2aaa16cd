-- The catalogue's first shape: one row per work, lists as JSON arrays. Typed tags, creators, sources and
-- deduplication get tables of their own when the catalogue grows into them.
create table work (
    id              varchar(32) primary key,
    document_id     varchar(32)  not null,
    title           text,
    authors         jsonb        not null default '[]',
    fandoms         jsonb        not null default '[]',
    relationships   jsonb        not null default '[]',
    characters      jsonb        not null default '[]',
    tags            jsonb        not null default '[]',
    rating          text,
    warnings        jsonb        not null default '[]',
    categories      jsonb        not null default '[]',
    series          jsonb        not null default '[]',
    summary         text,
    notes           text,
    disclaimer      text,
    betas           jsonb        not null default '[]',
    published_at    date,
    updated_at      date,
    language        varchar(35),
    word_count      integer      not null,
    chapters        jsonb        not null default '[]',
    comment_count   integer,
    body            text         not null,
    source_format   varchar(40)  not null,
    source_archive  text         not null,
    source_uri      text         not null,
    source_sha256   varchar(64)  not null,
    parser_version  varchar(40)  not null,
    catalogued_at   timestamptz  not null
);
create unique index work_document_id on work (document_id);

create table rejected_document (
    document_id     varchar(32) primary key,
    source_archive  text        not null,
    source_uri      text        not null,
    source_sha256   varchar(64),
    stage           varchar(16) not null,
    kind            varchar(40),
    reason          text        not null,
    rejected_at     timestamptz not null
);
