-- A work that is removed and later made again under the same id continues its versions, so that consumers keeping
-- the highest version (and Elasticsearch's external versions) take the new one: the tombstone row stays (marked
-- published once sent) to remember the last version.
alter table work_tombstone add column last_version bigint not null default 0;
alter table work_tombstone add column published boolean not null default false;
create index work_tombstone_unpublished on work_tombstone (removed_at) where not published;
