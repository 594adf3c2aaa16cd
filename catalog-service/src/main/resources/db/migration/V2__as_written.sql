-- The source's own values where the canonical ones differ (SV beside Smallville, Clex beside Clark Kent/Lex Luthor).
alter table work add column as_written jsonb not null default '{}';
