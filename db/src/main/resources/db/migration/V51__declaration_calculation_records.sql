-- Immutable calculation records (declaration module). Every calculation of a declaration is its own
-- row: the complete inputs as calculated (settings, functional unit, pinned release, activity lines,
-- every factor value used), the result, who and when, and a SHA-256 fingerprint over the RFC 8785
-- (JCS) canonical form of {"inputs": ..., "result": ...}. Rows are never updated or deleted; the
-- triggers below refuse it, so a certificate naming a record and its fingerprint stays true.
--
-- declaration_id has no foreign key on purpose: a draft declaration may be deleted, its earlier
-- calculations stay as history (a certificate may name one).

create table declaration_calculation (
    id               uuid primary key,
    declaration_id   uuid         not null,
    organization_id  uuid         not null references organization (id),
    sequence         integer      not null check (sequence > 0),
    inputs_json      text         not null,
    result_json      text         not null,
    fingerprint      varchar(64)  not null check (fingerprint ~ '^[0-9a-f]{64}$'),
    calculated_by    varchar(100),
    calculated_at    timestamptz  not null,
    unique (declaration_id, sequence)
);
create index declaration_calculation_declaration_idx on declaration_calculation (declaration_id, sequence desc);

create function declaration_calculation_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'declaration calculation records are immutable (% refused)', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger declaration_calculation_immutable
    before update or delete on declaration_calculation
    for each row execute function declaration_calculation_immutable();

create trigger declaration_calculation_no_truncate
    before truncate on declaration_calculation
    for each statement execute function declaration_calculation_immutable();

-- The declaration points at its latest calculation; its status says whether that calculation is
-- still current (CALCULATED, SUBMITTED) or the lines or settings changed since (DRAFT).
alter table declaration add column latest_calculation_id uuid references declaration_calculation (id);

-- Results stored before records existed carry no inputs and no fingerprint: such declarations go
-- back to draft (submitted ones keep their stored result, read until they are recalculated).
update declaration set status = 'DRAFT', result_json = null, calculated_at = null
 where status = 'CALCULATED' and latest_calculation_id is null;
