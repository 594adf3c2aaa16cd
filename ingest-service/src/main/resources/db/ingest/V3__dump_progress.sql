-- How far an archive's dump has been read: its stories come only at its end, so this is the job's progress until then.
alter table import_job add column dump_bytes bigint;
alter table import_job add column dump_read_bytes bigint;
