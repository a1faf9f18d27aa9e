-- The tamper-evident audit trail (module "audit", docs/audit.md).
--
-- audit_entry is append-only: every entry stores the SHA-256 of its canonical serialization
-- chained with the previous entry's hash (hash = SHA-256(prev_hash || canonical)), so removing,
-- reordering or changing an entry breaks the chain from there. Writers serialize on the single
-- row of audit_head (SELECT ... FOR UPDATE in the writing transaction), so sequence numbers are
-- gap-free and each entry chains to the one committed before it.
-- The table is partitioned by month (occurred_at); partitions are created ahead by
-- audit_create_partitions(), which the application calls at start-up.

CREATE TABLE audit_entry (
    seq            BIGINT      NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor_type     TEXT        NOT NULL CHECK (actor_type IN ('USER', 'SYSTEM', 'ANONYMOUS')),
    actor_id       UUID,
    actor_name     TEXT,
    actor_org_id   UUID,
    actor_roles    TEXT,
    action         TEXT        NOT NULL,
    object_type    TEXT        NOT NULL,
    object_id      UUID,
    tenant_id      UUID,
    changes        TEXT        NOT NULL,
    request_id     TEXT,
    client_address TEXT,
    prev_hash      CHAR(64)    NOT NULL,
    hash           CHAR(64)    NOT NULL,
    PRIMARY KEY (seq, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id, seq);
CREATE INDEX audit_entry_tenant_idx ON audit_entry (tenant_id, seq);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_name, seq);
CREATE INDEX audit_entry_seq_idx ON audit_entry (seq);

CREATE TABLE audit_entry_default PARTITION OF audit_entry DEFAULT;

-- The head of the chain: one row, the serialization point of all writers.
CREATE TABLE audit_head (
    id        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (TRUE, 0, repeat('0', 64));

-- Signed checkpoints: the head hash at a moment, signed with a key that is not in the database
-- (HMAC-SHA256, bcf.audit.checkpoint-key), optionally also written to a file elsewhere.
CREATE TABLE audit_checkpoint (
    id         BIGSERIAL   PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    last_seq   BIGINT      NOT NULL,
    head_hash  CHAR(64)    NOT NULL,
    key_id     TEXT        NOT NULL,
    signature  TEXT        NOT NULL
);

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_default_no_truncate BEFORE TRUNCATE ON audit_entry_default
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Creates the monthly partitions from the month of first_month for the given number of months
-- (skipping those that exist), each with its own TRUNCATE guard (a TRUNCATE of a partition does
-- not fire the parent's statement trigger).
CREATE FUNCTION audit_create_partitions(first_month DATE, months INT) RETURNS INT LANGUAGE plpgsql AS $$
DECLARE
    m       DATE := date_trunc('month', first_month)::date;
    name    TEXT;
    created INT := 0;
BEGIN
    FOR i IN 0 .. months - 1 LOOP
        name := 'audit_entry_' || to_char(m, 'YYYY_MM');
        IF to_regclass(name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF audit_entry FOR VALUES FROM (%L) TO (%L)',
                           name, m, (m + interval '1 month')::date);
            EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()',
                           name || '_no_truncate', name);
            created := created + 1;
        END IF;
        m := (m + interval '1 month')::date;
    END LOOP;
    RETURN created;
END;
$$;

SELECT audit_create_partitions(date '2026-01-01', 24);
