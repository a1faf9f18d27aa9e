-- Third-party verification (verification module) and certificates (certificate module).
-- The declaration gains the full workflow: draft -> calculated -> submitted -> under verification
-- -> returned / approved -> certified -> revoked or superseded. A return starts a new revision of
-- the same declaration; every submission freezes a package (calculation, data-quality measures,
-- evidence) identified by SHA-256 fingerprints, which nothing changes afterwards.

alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in ('MANUFACTURER', 'SUPPLIER',
    'VERIFIER', 'VERIFICATION_LEAD', 'REGULATOR', 'FACTOR_STEWARD', 'FACTOR_REVIEWER', 'ADMIN'));

alter table declaration drop constraint declaration_status_check;
alter table declaration alter column status type varchar(20);
alter table declaration add constraint declaration_status_check check (status in ('DRAFT', 'CALCULATED',
    'SUBMITTED', 'UNDER_VERIFICATION', 'RETURNED', 'APPROVED', 'CERTIFIED', 'REVOKED', 'SUPERSEDED'));
alter table declaration add column revision integer not null default 1 check (revision >= 1);
alter table declaration add column verification_agency_id uuid references organization (id);
alter table declaration add column previous_declaration_id uuid references declaration (id);
create index declaration_agency_idx on declaration (verification_agency_id);

-- Data-quality control measures of a manufacturer: every revision is a new row; the highest
-- version is in force. Rows are never updated (trigger below).
create table data_quality_measures (
    id                uuid primary key,
    organization_id   uuid         not null references organization (id),
    version_no        integer      not null check (version_no >= 1),
    data_sources      text         not null,
    metering          text         not null,
    responsibilities  text         not null,
    checks            text         not null,
    record_keeping    text         not null,
    fingerprint       varchar(64)     not null,
    created_at        timestamptz  not null,
    created_by        varchar(100),
    unique (organization_id, version_no)
);

create table data_quality_attachment (
    id            uuid primary key,
    measures_id   uuid          not null references data_quality_measures (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    integer       not null,
    sha256        varchar(64)      not null,
    content       bytea         not null
);
create index data_quality_attachment_measures_idx on data_quality_attachment (measures_id);

-- One frozen submission per revision of a declaration.
create table verification_submission (
    id                       uuid primary key,
    declaration_id           uuid          not null references declaration (id),
    revision                 integer       not null,
    organization_id          uuid          not null references organization (id),
    agency_id                uuid          not null references organization (id),
    submitted_at             timestamptz   not null,
    submitted_by             varchar(100),
    declaration_json         text          not null,
    lines_json               text          not null,
    calculation_json         text          not null,
    calculation_id           uuid          references declaration_calculation (id),
    calculation_fingerprint  varchar(64)      not null,
    measures_id              uuid          not null references data_quality_measures (id),
    measures_fingerprint     varchar(64)      not null,
    evidence_json            text          not null,
    evidence_fingerprint     varchar(64)      not null,
    package_fingerprint      varchar(64)      not null,
    unique (declaration_id, revision)
);
create index verification_submission_agency_idx on verification_submission (agency_id);

create table verification_assignment (
    declaration_id  uuid          not null references declaration (id),
    user_id         uuid          not null references user_account (id),
    assigned_at     timestamptz   not null,
    assigned_by     varchar(100),
    primary key (declaration_id, user_id)
);

create table verification_finding (
    id                    uuid primary key,
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    created_by            varchar(100),
    updated_at            timestamptz   not null,
    updated_by            varchar(100),
    declaration_id        uuid          not null references declaration (id),
    revision              integer       not null,
    line_index            integer,
    line_label            varchar(300),
    severity              varchar(12)   not null check (severity in ('MAJOR', 'MINOR', 'OBSERVATION')),
    text                  text          not null,
    requested_correction  text          not null,
    due_date              date          not null,
    response              text,
    responded_at          timestamptz,
    responded_by          varchar(100)
);
create index verification_finding_declaration_idx on verification_finding (declaration_id, revision);

create table verification_statement (
    id                    uuid primary key,
    declaration_id        uuid          not null references declaration (id),
    revision              integer       not null,
    scope                 text          not null,
    materiality           varchar(200)  not null,
    assurance_level       varchar(20)   not null check (assurance_level in ('REASONABLE', 'LIMITED')),
    standard              varchar(300)  not null,
    conclusion            text          not null,
    verifier_name         varchar(200)  not null,
    approved_at           timestamptz   not null,
    approved_by           varchar(100),
    unique (declaration_id, revision)
);

create sequence certificate_serial_seq;

-- Issued certificates: immutable except for their status (revoked / superseded).
create table certificate (
    id                       uuid primary key,
    version                  bigint        not null default 0,
    created_at               timestamptz   not null,
    created_by               varchar(100),
    updated_at               timestamptz   not null,
    updated_by               varchar(100),
    serial                   varchar(40)   not null unique,
    declaration_id           uuid          not null references declaration (id),
    revision                 integer       not null,
    organization_id          uuid          not null references organization (id),
    agency_id                uuid          not null references organization (id),
    issued_at                timestamptz   not null,
    expires_on               date          not null,
    status                   varchar(12)   not null check (status in ('VALID', 'REVOKED', 'SUPERSEDED')),
    revoked_at               timestamptz,
    revocation_reason        text,
    superseded_by            varchar(40),
    facts_json               text          not null,
    calculation_fingerprint  varchar(64)      not null,
    package_fingerprint      varchar(64)      not null,
    certificate_pdf          bytea         not null,
    certificate_sha256       varchar(64)      not null,
    report_pdf               bytea         not null,
    report_sha256            varchar(64)      not null,
    signature_algorithm      varchar(20)   not null,
    unique (declaration_id, revision)
);
create index certificate_declaration_idx on certificate (declaration_id);

-- Nothing in a frozen submission or data-quality version changes afterwards.
create function refuse_change_of_frozen_row() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable', tg_table_name;
end $$;
create trigger verification_submission_frozen before update or delete on verification_submission
    for each row execute function refuse_change_of_frozen_row();
create trigger data_quality_measures_frozen before update or delete on data_quality_measures
    for each row execute function refuse_change_of_frozen_row();
