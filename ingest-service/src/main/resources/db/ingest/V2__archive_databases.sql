-- Imports of archive databases (eFiction dumps): the stories folder given with the dump, and what the run withheld.
alter table import_job add column stories_dir text;
alter table import_job add column withheld text;        -- JSON: personal data met and not published, by kind
alter table import_job add column interactions bigint not null default 0;
alter table import_job add column notes text;           -- JSON array: what a person should know about the dump

-- Each archive's secret for readers' pseudonyms: the same reader keeps one pseudonym across imports of that archive.
-- Never published; without it a pseudonym cannot be traced back to the archive's account.
create table archive_secret (
    archive             text primary key,
    secret              bytea       not null,
    created_at          timestamptz not null
);
