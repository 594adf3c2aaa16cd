-- Readers' engagement of a canonical work: for each counter the highest any of its sources shows (copies of one work
-- in several mirrors show the same readers, so they are never added up); null where no source shows it. The sources'
-- own counters stay in source.parsed, which the work is derived from. "comments" is the count a source shows beside
-- the work, not comment_count (comments found in the documents' text).
alter table work add column kudos integer;
alter table work add column hits integer;
alter table work add column bookmarks integer;
alter table work add column comments integer;
alter table work add column favourites integer;
alter table work add column follows integer;
alter table work add column reviews integer;
-- true when a source says the work is complete, false when sources only say it is not, null when none says
alter table work add column complete boolean;
-- challenges, prompts and fests a work was written for are tags of type "challenge"; nothing to add for them

alter table chapter add column notes text;
alter table chapter add column end_notes text;

-- Readers' reviews, favourites, kudos, bookmarks and comments as published on "interactions": the latest record of each
-- id. No reference to source: an interaction may arrive before its document is catalogued, or for one that never is.
create table interaction (
    interaction_id text        primary key,
    archive        text        not null,
    -- the reader's pseudonym within the archive; null for a guest
    reader_id      text,
    document_id    text        not null,
    kind           varchar(16) not null,
    happened_at    timestamptz
);
-- the export filtered by archive, in id order
create index interaction_by_archive on interaction (archive, interaction_id);
