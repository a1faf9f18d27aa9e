-- Failed sign-ins per user name (lower case), shared by every application node: after too many
-- failures within the window the name is locked until locked_until.
create table login_failure (
    username     varchar(200) primary key,
    failures     int          not null,
    first_at     timestamptz  not null,
    locked_until timestamptz
);
