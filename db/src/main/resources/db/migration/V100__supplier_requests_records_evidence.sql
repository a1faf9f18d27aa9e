-- Supplier module: data requests from a manufacturer (or a supplier asking its own supplier),
-- upstream footprint records answering them (immutable versions: a correction is a new row of the
-- same series), links between records (chains of any depth, no cycles), evidence files (content in
-- the evidence store, SHA-256 here) and invitations of suppliers not yet on the platform.

create table upstream_record (
    id                      uuid primary key,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    created_by              varchar(100),
    updated_at              timestamptz   not null,
    updated_by              varchar(100),
    organization_id         uuid          not null references organization (id),
    series_id               uuid          not null,
    revision                integer       not null check (revision >= 1),
    superseded_by           uuid          references upstream_record (id),
    product_name            varchar(200)  not null,
    product_id              varchar(100),
    customer_part_number    varchar(100),
    battery_code            varchar(40),
    declared_unit           varchar(20)   not null,
    pcf_kg_co2e             numeric(20, 6) not null check (pcf_kg_co2e >= 0),
    raw_materials_kg_co2e   numeric(20, 6) check (raw_materials_kg_co2e >= 0),
    processing_kg_co2e      numeric(20, 6) check (processing_kg_co2e >= 0),
    transport_kg_co2e       numeric(20, 6) check (transport_kg_co2e >= 0),
    stage_raw_material_kg   numeric(20, 6) check (stage_raw_material_kg >= 0),
    stage_production_kg     numeric(20, 6) check (stage_production_kg >= 0),
    stage_distribution_kg   numeric(20, 6) check (stage_distribution_kg >= 0),
    stage_end_of_life_kg    numeric(20, 6),
    absolute_kg_co2e        numeric(24, 6) check (absolute_kg_co2e >= 0),
    primary_data_share      numeric(7, 6)  check (primary_data_share >= 0 and primary_data_share <= 1),
    dq_technological        numeric(3, 1)  check (dq_technological between 1 and 5),
    dq_geographical         numeric(3, 1)  check (dq_geographical between 1 and 5),
    dq_temporal             numeric(3, 1)  check (dq_temporal between 1 and 5),
    period_start            date          not null,
    period_end              date          not null check (period_end >= period_start),
    site_country            varchar(2)    not null default 'CN',
    site_province           varchar(40),
    batches                 varchar(500),
    standard                varchar(30)   not null,
    factor_database         varchar(200),
    correction_note         varchar(1000),
    disclose_breakdown      boolean       not null default false,
    disclose_stages         boolean       not null default true,
    disclose_upstream_names boolean       not null default false,
    disclose_site           boolean       not null default false,
    disclose_evidence       boolean       not null default true,
    verifier_full_access    boolean       not null default false,
    unique (series_id, revision)
);
create index upstream_record_organization_idx on upstream_record (organization_id);

-- A version's figures are never edited: a correction is a new revision. Only the link to the
-- correction, the disclosure choices and the row bookkeeping may change.
create function upstream_record_immutable() returns trigger language plpgsql as $$
begin
    if (new.organization_id, new.series_id, new.revision, new.product_name, new.product_id,
        new.customer_part_number, new.battery_code, new.declared_unit, new.pcf_kg_co2e,
        new.raw_materials_kg_co2e, new.processing_kg_co2e, new.transport_kg_co2e,
        new.stage_raw_material_kg, new.stage_production_kg, new.stage_distribution_kg,
        new.stage_end_of_life_kg, new.absolute_kg_co2e, new.primary_data_share, new.dq_technological,
        new.dq_geographical, new.dq_temporal, new.period_start, new.period_end, new.site_country,
        new.site_province, new.batches, new.standard, new.factor_database)
       is distinct from
       (old.organization_id, old.series_id, old.revision, old.product_name, old.product_id,
        old.customer_part_number, old.battery_code, old.declared_unit, old.pcf_kg_co2e,
        old.raw_materials_kg_co2e, old.processing_kg_co2e, old.transport_kg_co2e,
        old.stage_raw_material_kg, old.stage_production_kg, old.stage_distribution_kg,
        old.stage_end_of_life_kg, old.absolute_kg_co2e, old.primary_data_share, old.dq_technological,
        old.dq_geographical, old.dq_temporal, old.period_start, old.period_end, old.site_country,
        old.site_province, old.batches, old.standard, old.factor_database) then
        raise exception 'upstream record % is immutable: publish a correction instead', old.id;
    end if;
    return new;
end $$;
create trigger upstream_record_immutable before update on upstream_record
    for each row execute function upstream_record_immutable();
create function upstream_record_kept() returns trigger language plpgsql as $$
begin
    raise exception 'upstream record % is kept: it cannot be deleted', old.id;
end $$;
create trigger upstream_record_kept before delete on upstream_record
    for each row execute function upstream_record_kept();

create table upstream_link (
    record_id          uuid not null references upstream_record (id),
    upstream_record_id uuid not null references upstream_record (id),
    created_at         timestamptz not null default now(),
    primary key (record_id, upstream_record_id),
    check (record_id <> upstream_record_id)
);
create index upstream_link_upstream_idx on upstream_link (upstream_record_id);

create table evidence_file (
    id           uuid primary key,
    record_id    uuid         not null references upstream_record (id),
    file_name    varchar(255) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       varchar(64)  not null,
    storage_key  varchar(200) not null,
    created_at   timestamptz  not null default now(),
    created_by   varchar(100)
);
create index evidence_file_record_idx on evidence_file (record_id);

create table supplier_request (
    id                    uuid primary key,
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    created_by            varchar(100),
    updated_at            timestamptz   not null,
    updated_by            varchar(100),
    requester_org_id      uuid          not null references organization (id),
    supplier_org_id       uuid          not null references organization (id),
    declaration_id        uuid          references declaration (id) on delete set null,
    line_id               uuid,
    material              varchar(200)  not null,
    specification         varchar(500),
    annual_quantity       numeric(20, 6) not null check (annual_quantity > 0),
    quantity_unit         varchar(20)   not null,
    period_start          date          not null,
    period_end            date          not null check (period_end >= period_start),
    due_date              date          not null,
    message               varchar(2000),
    status                varchar(12)   not null check (status in ('OPEN', 'ANSWERED', 'ACCEPTED', 'REJECTED', 'DECLINED', 'WITHDRAWN')),
    reminder_count        integer       not null default 0,
    last_reminded_at      timestamptz,
    answer_record_id      uuid          references upstream_record (id),
    decision_reason       varchar(1000),
    decided_at            timestamptz,
    check (requester_org_id <> supplier_org_id)
);
create index supplier_request_requester_idx on supplier_request (requester_org_id);
create index supplier_request_supplier_idx on supplier_request (supplier_org_id);
create index supplier_request_declaration_idx on supplier_request (declaration_id);
create index supplier_request_answer_idx on supplier_request (answer_record_id);
