-- Invitations of suppliers not yet on the platform: a single-use link (only its SHA-256 is kept)
-- valid until expires_at; accepting it creates the organization and its first user, inactive until
-- an administrator approves the unified social credit code.
create table supplier_invitation (
    id                uuid primary key,
    token_sha256      varchar(64)     not null unique,
    inviter_org_id    uuid         not null references organization (id),
    email             varchar(200) not null,
    organization_name varchar(200) not null,
    message           varchar(1000),
    expires_at        timestamptz  not null,
    used_at           timestamptz,
    created_org_id    uuid         references organization (id),
    created_at        timestamptz  not null default now(),
    created_by        varchar(100)
);
create index supplier_invitation_inviter_idx on supplier_invitation (inviter_org_id, created_at desc);
