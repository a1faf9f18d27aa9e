-- Keycloak single sign-on: the Keycloak subject ("sub") a local user record is linked to.
-- Null for users who only sign in with the login form; a subject links to at most one user.
alter table user_account add column external_subject varchar(255);
alter table user_account add constraint user_account_external_subject_key unique (external_subject);
