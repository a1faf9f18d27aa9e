-- Background emission-factor database: versioned releases, their factors and expert review comments.
-- A PUBLISHED release and everything in it is immutable; the triggers at the end enforce that in the
-- database itself, whatever client writes to it. Corrections come as a new release.

create table factor_release (
    id                    uuid primary key,
    version               bigint       not null default 0,
    created_at            timestamptz  not null,
    created_by            varchar(100),
    updated_at            timestamptz  not null,
    updated_by            varchar(100),
    code                  varchar(40)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9._-]{1,39}$'),
    title_zh              varchar(200) not null,
    title_en              varchar(200) not null,
    description           text,
    status                varchar(20)  not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    -- the research institute that maintains the release; null for the platform's reference release
    owner_organization_id uuid references organization (id),
    based_on_release_id   uuid references factor_release (id),
    submitted_at          timestamptz,
    submitted_by          varchar(100),
    reviewed_by           varchar(100),
    review_note           text,
    published_at          timestamptz unique,
    published_by          varchar(100),
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create index factor_release_status_idx on factor_release (status, published_at);

create table emission_factor (
    id                       uuid primary key,
    version                  bigint        not null default 0,
    created_at               timestamptz   not null,
    created_by               varchar(100),
    updated_at               timestamptz   not null,
    updated_by               varchar(100),
    release_id               uuid          not null references factor_release (id),
    code                     varchar(60)   not null check (code ~ '^[A-Z0-9][A-Z0-9_.-]{0,59}$'),
    category                 varchar(30)   not null check (category in ('RAW_MATERIAL', 'COMPONENT', 'ENERGY_CARRIER',
                                                        'GRID_ELECTRICITY', 'TRANSPORT', 'RECYCLING',
                                                        'PROCESS_EMISSION')),
    name_zh                  varchar(300)  not null,
    name_en                  varchar(300)  not null,
    value                    numeric       not null,
    unit                     varchar(40)   not null check (unit like 'kgCO2e/%'),
    geography                varchar(20)   not null,
    reference_year           integer       not null check (reference_year between 1990 and 2100),
    source_citation          text          not null check (length(trim(source_citation)) > 0),
    source_url               varchar(500),
    pedigree_reliability     integer  check (pedigree_reliability between 1 and 5),
    pedigree_completeness    integer  check (pedigree_completeness between 1 and 5),
    pedigree_temporal        integer  check (pedigree_temporal between 1 and 5),
    pedigree_geographical    integer  check (pedigree_geographical between 1 and 5),
    pedigree_technological   integer  check (pedigree_technological between 1 and 5),
    uncertainty_distribution varchar(20) check (uncertainty_distribution in ('LOGNORMAL', 'NORMAL', 'UNIFORM',
                                                                             'TRIANGULAR')),
    uncertainty_a            numeric,
    uncertainty_b            numeric,
    retired                  boolean       not null default false,
    note                     text,
    unique (release_id, code, geography, reference_year)
);
create index emission_factor_code_idx on emission_factor (code, geography, reference_year);

create table factor_review_comment (
    id          uuid primary key,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(100),
    updated_at  timestamptz  not null,
    updated_by  varchar(100),
    release_id  uuid         not null references factor_release (id),
    factor_id   uuid references emission_factor (id),
    kind        varchar(20)  not null check (kind in ('COMMENT', 'SENT_BACK', 'APPROVED')),
    author_name varchar(100) not null,
    body        text         not null check (length(trim(body)) > 0)
);
create index factor_review_comment_release_idx on factor_review_comment (release_id);

-- Immutability of published releases ------------------------------------------------------------

create function factor_release_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'factor release % is published and immutable (% refused)', old.code, tg_op
            using errcode = 'restrict_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger factor_release_immutable
    before update or delete on factor_release
    for each row execute function factor_release_immutable();

-- Rows belonging to a release (factors, comments) may not be written once the release is published.
-- FOR SHARE locks the release row, so a concurrent publication waits for this write to commit (and a
-- write waiting behind a publication sees it), closing the race between the check and the publish.
create function factor_release_child_immutable() returns trigger language plpgsql as $$
declare
    release_status varchar(20);
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select status into release_status from factor_release where id = old.release_id for share;
        if release_status = 'PUBLISHED' then
            raise exception '% of published factor release % refused', tg_op, old.release_id
                using errcode = 'restrict_violation';
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select status into release_status from factor_release where id = new.release_id for share;
        if release_status = 'PUBLISHED' then
            raise exception '% into published factor release % refused', tg_op, new.release_id
                using errcode = 'restrict_violation';
        end if;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger emission_factor_immutable
    before insert or update or delete on emission_factor
    for each row execute function factor_release_child_immutable();

create trigger factor_review_comment_immutable
    before insert or update or delete on factor_review_comment
    for each row execute function factor_release_child_immutable();

create function factor_truncate_refused() returns trigger language plpgsql as $$
begin
    if exists (select 1 from factor_release where status = 'PUBLISHED') then
        raise exception 'TRUNCATE of % refused: it holds published factor releases', tg_table_name
            using errcode = 'restrict_violation';
    end if;
    return null;
end;
$$;

create trigger emission_factor_no_truncate before truncate on emission_factor
    for each statement execute function factor_truncate_refused();
create trigger factor_release_no_truncate before truncate on factor_release
    for each statement execute function factor_truncate_refused();
create trigger factor_review_comment_no_truncate before truncate on factor_review_comment
    for each statement execute function factor_truncate_refused();
