-- Import jobs and the ledger of what ingest has published, in ingest-service's own schema.

create table import_job (
    id                  uuid primary key,
    archive             text        not null,
    source_path         text        not null,
    status              varchar(16) not null,   -- reading, read, failed
    error               text,
    created_at          timestamptz not null,
    read_at             timestamptz
);

-- Every entry a job met, in the reader's order: seq makes a resumed job skip what it already handled.
create table import_entry (
    job_id              uuid        not null references import_job (id),
    seq                 bigint      not null,
    path                text        not null,
    document_id         varchar(32),
    outcome             varchar(16) not null,   -- published, unchanged, skipped, rejected
    reason              text,
    primary key (job_id, seq)
);
create index import_entry_document on import_entry (document_id);

-- The latest version of each document ingest has seen, and how far it got downstream.
create table document_state (
    document_id         varchar(32) primary key,
    sha256              varchar(64) not null,
    parsed              boolean     not null default false,
    catalogued          boolean     not null default false,
    indexed             boolean     not null default false,
    rejected            boolean     not null default false,
    reason              text,
    updated_at          timestamptz not null
);
