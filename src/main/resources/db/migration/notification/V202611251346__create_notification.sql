-- The in-app inbox: one row per recipient. The text is rendered when the notice is sent, so later changes of the
-- message bundle never rewrite what a user was told. A caller-given dedup key makes a notice idempotent per user
-- (an event delivered twice, a reminder job run twice or on two nodes, notifies once).
create table notification (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    user_id bigint not null,
    category text not null check (category in ('STATUS_CHANGE', 'TASK', 'REMINDER', 'OVERDUE', 'NOTICE')),
    message_key text not null,
    title text not null,
    body text not null default '',
    link text,
    dedup_key text,
    created_at timestamptz not null default now(),
    read_at timestamptz,
    constraint notification_once_per_user unique (user_id, dedup_key)
);
create index notification_user_time on notification (user_id, created_at desc);
create index notification_unread on notification (user_id) where read_at is null;

-- The email outbox, written in the transaction of the notice and sent later by a scheduled job. A row stays until
-- the SMTP server has accepted it (sent_at); each attempt pushes next_attempt_at out by a growing back-off first, so
-- a node that dies mid-send leaves the row to be sent again (at least once), never lost.
create table notification_email (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    notification_id bigint references notification (id) on delete set null,
    user_id bigint,
    recipient text not null,
    subject text not null,
    body text not null,
    dedup_key text,
    attempts int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_attempt_at timestamptz,
    last_error text,
    created_at timestamptz not null default now(),
    sent_at timestamptz,
    constraint notification_email_once unique (recipient, dedup_key)
);
create index notification_email_due on notification_email (next_attempt_at) where sent_at is null;
create index notification_email_committee on notification_email (committee_id, created_at desc);

-- ShedLock's table: one row per scheduled job, held by the node running it. Not business data (no committee).
-- Plain timestamp, as ShedLock's database-time mode writes UTC times without a zone.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
