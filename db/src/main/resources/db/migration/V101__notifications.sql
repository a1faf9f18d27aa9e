-- In-app notifications (the bell): one row per recipient organization and event, read by any of
-- its users (read_at set once).
create table notification (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    message_key      varchar(100)  not null,
    arguments        varchar(1000) not null default '',
    link             varchar(300),
    created_at       timestamptz   not null default now(),
    read_at          timestamptz
);
create index notification_unread_idx on notification (organization_id, created_at desc) where read_at is null;
create index notification_organization_idx on notification (organization_id, created_at desc);
