create table app_user (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    username text not null unique,
    password_hash text not null,
    display_name text not null,
    member_id bigint,
    handling_unit_id bigint,
    staff_post text,
    spans_subtree boolean not null default false,
    enabled boolean not null default true,
    failed_attempts int not null default 0,
    locked_until timestamptz,
    large_font boolean not null default false,
    script text not null default 'SIMPLIFIED' check (script in ('SIMPLIFIED', 'TRADITIONAL')),
    last_login_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version int not null default 0
);
create index app_user_committee on app_user (committee_id);

create table user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role text not null check (role in ('MEMBER', 'STAFF', 'HANDLING_UNIT', 'SUPERVISOR', 'LEADER', 'ADMIN', 'INFORMATION_OFFICER')),
    primary key (user_id, role)
);

-- Which permission strings each role holds. Modules add their own grants in their migrations.
create table role_permission (
    role text not null,
    permission text not null,
    primary key (role, permission)
);

-- Personal API tokens: only a SHA-256 hash of the secret is stored.
create table api_token (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    user_id bigint not null references app_user (id) on delete cascade,
    name text not null,
    token_hash text not null unique,
    token_prefix text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz,
    last_used_at timestamptz,
    revoked_at timestamptz
);
create index api_token_user on api_token (user_id);

insert into role_permission (role, permission) values
    ('MEMBER', 'token:manage'), ('STAFF', 'token:manage'), ('HANDLING_UNIT', 'token:manage'),
    ('SUPERVISOR', 'token:manage'), ('LEADER', 'token:manage'), ('ADMIN', 'token:manage'),
    ('INFORMATION_OFFICER', 'token:manage'),
    ('ADMIN', 'user:read'), ('ADMIN', 'user:manage');
