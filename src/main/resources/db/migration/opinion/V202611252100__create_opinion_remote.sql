-- Reporting upward to an upper committee that runs its own installation, and its results coming back.

-- A committee whose upper committee is remote: where to send, which committee there, and the secrets (encrypted with
-- the installation's key, never shown back). The callback address and token travel with each report so the upper
-- installation can send results back.
create table opinion_remote_upper (
    committee_id bigint primary key,
    base_url text not null,
    remote_committee_id bigint not null,
    token_cipher text not null,
    callback_url text not null,
    callback_token_cipher text not null,
    updated_by bigint,
    updated_by_name text,
    updated_at timestamptz not null default now(),
    version int not null default 0
);

-- Kept by the upper installation for each copy received from a remote origin: where its results go back to.
create table opinion_remote_origin (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    origin_committee_id bigint not null,
    origin_report_id bigint not null,
    remote_committee_id bigint not null,
    idempotency_key text not null,
    copy_report_id bigint,
    callback_url text not null,
    callback_token_cipher text not null,
    created_at timestamptz not null default now(),
    unique (committee_id, idempotency_key)
);
create index opinion_remote_origin_origin on opinion_remote_origin (origin_committee_id, origin_report_id);

-- What waits to be sent to another installation, oldest first per destination; a row is written in the transaction
-- that made the report or the outcome, and sent (again, with the same key) until the other side confirms it.
create table opinion_remote_outbox (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    kind text not null check (kind in ('UPWARD', 'RESULT')),
    destination text not null,
    remote_origin_id bigint references opinion_remote_origin (id),
    idempotency_key text not null,
    payload jsonb not null,
    attempts int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error text,
    created_at timestamptz not null default now(),
    delivered_at timestamptz,
    unique (committee_id, kind, idempotency_key)
);
create index opinion_remote_outbox_pending on opinion_remote_outbox (id) where delivered_at is null;
create index opinion_remote_outbox_committee on opinion_remote_outbox (committee_id, created_at);

insert into role_permission (role, permission) values
    ('STAFF', 'opinion:exchange'),
    ('STAFF', 'opinion:remote'), ('ADMIN', 'opinion:remote');
