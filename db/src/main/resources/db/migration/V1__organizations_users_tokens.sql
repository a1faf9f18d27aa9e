-- Organizations, their users with roles, and personal API tokens.
-- Every mutable table carries audit columns and a version for optimistic locking.

create table organization (
    id            uuid primary key,
    version       bigint       not null default 0,
    created_at    timestamptz  not null,
    created_by    varchar(100),
    updated_at    timestamptz  not null,
    updated_by    varchar(100),
    type          varchar(40)  not null check (type in ('BATTERY_MANUFACTURER', 'SUPPLIER', 'VERIFICATION_AGENCY',
                                                        'REGULATOR', 'RESEARCH_INSTITUTE', 'PLATFORM_OPERATOR')),
    name_zh       varchar(200) not null,
    name_en       varchar(200) not null,
    credit_code   varchar(18)  not null unique,
    address       varchar(300) not null,
    contact_name  varchar(100) not null,
    contact_phone varchar(40),
    contact_email varchar(200) not null
);

create table user_account (
    id              uuid primary key,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(100),
    updated_at      timestamptz  not null,
    updated_by      varchar(100),
    username        varchar(40)  not null unique check (username = lower(username)),
    display_name    varchar(100) not null,
    email           varchar(200) not null,
    password_hash   varchar(255) not null,
    organization_id uuid         not null references organization (id),
    active          boolean      not null default true
);
create index user_account_organization_idx on user_account (organization_id);

create table user_role (
    user_id uuid        not null references user_account (id) on delete cascade,
    role    varchar(40) not null check (role in ('MANUFACTURER', 'SUPPLIER', 'VERIFIER', 'REGULATOR',
                                                 'FACTOR_STEWARD', 'FACTOR_REVIEWER', 'ADMIN')),
    primary key (user_id, role)
);

create table api_token (
    id           uuid primary key,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    created_by   varchar(100),
    updated_at   timestamptz  not null,
    updated_by   varchar(100),
    user_id      uuid         not null references user_account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    token_prefix varchar(12)  not null,
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_user_idx on api_token (user_id);
