-- The audit trail: append-only. The trigger refuses every UPDATE and DELETE, whatever the application does.
create table audit_entry (
    id bigint generated always as identity primary key,
    committee_id bigint,
    occurred_at timestamptz not null default now(),
    actor_id bigint,
    actor_name text,
    remote_address text,
    action text not null,
    target_type text,
    target_id text,
    summary text not null,
    before_state text,
    after_state text
);
create index audit_entry_committee_time on audit_entry (committee_id, occurred_at desc);
create index audit_entry_target on audit_entry (target_type, target_id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or deleted';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

insert into role_permission (role, permission) values ('ADMIN', 'audit:read');
