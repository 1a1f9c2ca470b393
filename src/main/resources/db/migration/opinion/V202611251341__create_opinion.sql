-- Public-opinion information 社情民意信息. Every table carries committee_id (the tenant). A report sent upward is
-- copied into the upper committee with a reference to its origin; results flow back down as outcome rows copied into
-- each committee on the way. Nothing here joins across committees.

-- Configurable lists. A row with committee_id null is the default for every committee; a committee's own rows
-- replace the defaults of the same code.
create table opinion_category (
    id bigint generated always as identity primary key,
    committee_id bigint,
    code text not null,
    name text not null,
    sort_order int not null default 0,
    unique nulls not distinct (committee_id, code)
);

create table opinion_recipient (
    id bigint generated always as identity primary key,
    committee_id bigint,
    code text not null,
    name text not null,
    sort_order int not null default 0,
    unique nulls not distinct (committee_id, code)
);

-- The points table (DOMAIN.md §3). COMPOSITE_SHARE is the factor applied to composite 综合 pieces.
create table opinion_points_rule (
    id bigint generated always as identity primary key,
    committee_id bigint,
    code text not null,
    points numeric(8, 2) not null check (points >= 0),
    version int not null default 0,
    unique nulls not distinct (committee_id, code)
);

create table opinion_report (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    year int not null,
    serial_number text,
    state text not null check (state in ('DRAFT', 'SUBMITTED', 'EDITED', 'SIGNED_OFF', 'ACCEPTED', 'FILED',
                                         'RECEIVED', 'ADOPTED')),
    title text not null,
    facts text not null,
    analysis text not null,
    suggestions text not null,
    category text not null,
    submitter_type text not null check (submitter_type in ('MEMBER', 'PARTY', 'ORGANISATION', 'SPECIAL_COMMITTEE',
                                                           'INFORMATION_OFFICER')),
    party_organisation_id bigint,
    special_committee_id bigint,
    unit_name text,
    author_names text not null default '',
    created_by bigint,
    created_by_name text,
    -- 核稿: the edited text is kept beside the original
    edited_title text,
    edited_body text,
    edited_suggestions text,
    edited_by bigint,
    edited_by_name text,
    edited_at timestamptz,
    signed_off_by bigint,
    signed_off_by_name text,
    signed_off_at timestamptz,
    decided_by bigint,
    decided_by_name text,
    decided_at timestamptz,
    filed_reason text,
    -- where the report came from: a not-filed proposal, a consultation, or a lower committee (an incoming copy)
    origin_type text check (origin_type in ('PROPOSAL', 'CONSULTATION', 'LOWER_COMMITTEE')),
    origin_id bigint,
    origin_committee_id bigint,
    origin_committee_name text,
    idempotency_key text,
    created_at timestamptz not null default now(),
    submitted_at timestamptz,
    updated_at timestamptz not null default now(),
    version int not null default 0,
    unique (committee_id, idempotency_key),
    check ((origin_type = 'LOWER_COMMITTEE') = (idempotency_key is not null))
);
create index opinion_report_committee_year on opinion_report (committee_id, year, state);
create index opinion_report_creator on opinion_report (created_by);

-- The persons who wrote a report (joint submitters) and their share of its points, in percent.
create table opinion_report_person (
    report_id bigint not null references opinion_report (id) on delete cascade,
    committee_id bigint not null,
    position int not null,
    person_type text not null check (person_type in ('MEMBER', 'USER', 'OTHER')),
    person_id bigint,
    name text not null,
    share numeric(5, 2) not null check (share >= 0 and share <= 100),
    primary key (report_id, position),
    check ((person_type = 'OTHER') = (person_id is null))
);
create index opinion_report_person_ref on opinion_report_person (person_type, person_id);

create table opinion_report_transition (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    report_id bigint not null references opinion_report (id) on delete cascade,
    action text not null,
    from_state text,
    to_state text not null,
    actor_id bigint,
    actor_name text,
    reason text,
    occurred_at timestamptz not null default now()
);
create index opinion_report_transition_report on opinion_report_transition (report_id, id);

create table opinion_attachment (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    report_id bigint not null references opinion_report (id) on delete cascade,
    file_name text not null,
    content_type text not null,
    size_bytes bigint not null,
    storage_path text not null,
    uploaded_by bigint,
    uploaded_at timestamptz not null default now()
);
create index opinion_attachment_report on opinion_attachment (report_id);

-- Issues of the periodical 《社情民意》: the number is given at publication, in sequence per committee and year.
create table opinion_issue (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    year int not null,
    number int,
    state text not null check (state in ('DRAFT', 'PUBLISHED')),
    recipients text[] not null default '{}',
    created_by bigint,
    created_at timestamptz not null default now(),
    published_by bigint,
    published_by_name text,
    published_at timestamptz,
    version int not null default 0,
    unique (committee_id, year, number),
    check ((state = 'PUBLISHED') = (number is not null))
);

-- Gap-free running numbers per committee and year: report serial numbers (REPORT) and issue numbers (ISSUE).
create table opinion_counter (
    committee_id bigint not null,
    year int not null,
    kind text not null check (kind in ('REPORT', 'ISSUE')),
    last_number int not null,
    primary key (committee_id, year, kind)
);

create table opinion_issue_piece (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    issue_id bigint not null references opinion_issue (id) on delete cascade,
    position int not null,
    kind text not null check (kind in ('SINGLE', 'COMPOSITE')),
    title text not null,
    body text not null,
    unique (issue_id, position)
);

-- Each report appears in at most one piece.
create table opinion_issue_piece_report (
    piece_id bigint not null references opinion_issue_piece (id) on delete cascade,
    report_id bigint not null references opinion_report (id),
    committee_id bigint not null,
    primary key (piece_id, report_id),
    unique (report_id)
);

-- Sending upward 报送, kept by the sender.
create table opinion_upward (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    report_id bigint not null references opinion_report (id),
    year int not null,
    target_committee_id bigint not null,
    target_committee_name text not null,
    target_level text not null,
    channel text not null check (channel in ('NORMAL', 'DIRECT')),
    idempotency_key text not null unique,
    sent_by bigint,
    sent_by_name text,
    sent_at timestamptz not null default now(),
    remote_report_id bigint,
    delivered_at timestamptz,
    unique (report_id, target_committee_id)
);
create index opinion_upward_committee_year on opinion_upward (committee_id, year);

-- What happened to a report at some level (this committee or one above), copied down to every committee on the way.
create table opinion_outcome (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    report_id bigint not null references opinion_report (id),
    level_committee_id bigint not null,
    level_committee_name text not null,
    level text not null check (level in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')),
    type text not null check (type in ('RECEIVED', 'PUBLISHED', 'ADOPTED', 'FILED', 'INSTRUCTED',
                                       'DEPARTMENT_ADOPTED', 'ADOPTION_REVOKED')),
    adoption_kind text check (adoption_kind in ('SINGLE', 'COMPOSITE', 'FORWARDED')),
    instruction_rank text check (instruction_rank in ('MUNICIPAL', 'PROVINCIAL', 'CENTRAL')),
    leader_title text,
    detail text,
    related_key text,
    occurred_on date not null,
    idempotency_key text not null,
    revoked boolean not null default false,
    recorded_by bigint,
    recorded_by_name text,
    recorded_at timestamptz not null default now(),
    unique (committee_id, idempotency_key)
);
create index opinion_outcome_report on opinion_outcome (report_id, type);
create index opinion_outcome_related on opinion_outcome (committee_id, related_key);

-- The points ledger: entries point to their source and are revoked by a counter-entry, never changed or deleted.
create table opinion_points_entry (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    year int not null,
    beneficiary_type text not null check (beneficiary_type in ('MEMBER', 'USER', 'PARTY', 'SPECIAL_COMMITTEE',
                                                               'COMMITTEE')),
    beneficiary_id bigint not null,
    beneficiary_name text not null,
    points numeric(10, 2) not null,
    rule_code text not null,
    report_id bigint not null references opinion_report (id),
    outcome_id bigint not null references opinion_outcome (id),
    reverses_entry_id bigint unique references opinion_points_entry (id),
    recorded_at timestamptz not null default now()
);
create index opinion_points_ranking on opinion_points_entry (committee_id, year, beneficiary_type, beneficiary_id);
create index opinion_points_outcome on opinion_points_entry (outcome_id);

create function opinion_points_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'points entries cannot be changed or deleted; record a counter-entry';
end;
$$;

create trigger opinion_points_entry_append_only
    before update or delete on opinion_points_entry
    for each row execute function opinion_points_entry_is_append_only();

insert into opinion_category (committee_id, code, name, sort_order) values
    (null, 'ECONOMY', '经济', 10),
    (null, 'URBAN', '城市建设与管理', 20),
    (null, 'RURAL', '农业农村', 30),
    (null, 'CULTURE', '教科文卫体', 40),
    (null, 'SOCIAL_SECURITY', '人力资源和社会保障', 50),
    (null, 'ECOLOGY', '生态环境', 60),
    (null, 'GOVERNANCE', '社会治理', 70),
    (null, 'UNITED_FRONT', '统战外事', 80),
    (null, 'OTHER', '其他', 90);

insert into opinion_recipient (committee_id, code, name, sort_order) values
    (null, 'PARTY_COMMITTEE', '同级党委', 10),
    (null, 'GOVERNMENT', '同级人民政府', 20),
    (null, 'LEADERS', '党委、政府领导同志', 30),
    (null, 'UPPER_COMMITTEE', '上级政协', 40);

insert into opinion_points_rule (committee_id, code, points) values
    (null, 'PERIODICAL', 1),
    (null, 'MUNICIPAL_ADOPTION', 1),
    (null, 'PROVINCIAL_ADOPTION', 5),
    (null, 'NATIONAL_FORWARDED', 10),
    (null, 'NATIONAL_SINGLE', 20),
    (null, 'MUNICIPAL_INSTRUCTION', 5),
    (null, 'PROVINCIAL_INSTRUCTION', 10),
    (null, 'CENTRAL_INSTRUCTION', 30),
    (null, 'COMPOSITE_SHARE', 0.5);

insert into role_permission (role, permission) values
    ('MEMBER', 'opinion:submit'), ('INFORMATION_OFFICER', 'opinion:submit'), ('STAFF', 'opinion:submit'),
    ('STAFF', 'opinion:edit'), ('STAFF', 'opinion:manage'),
    ('MEMBER', 'opinion:read'), ('STAFF', 'opinion:read'), ('HANDLING_UNIT', 'opinion:read'),
    ('SUPERVISOR', 'opinion:read'), ('LEADER', 'opinion:read'), ('ADMIN', 'opinion:read'),
    ('INFORMATION_OFFICER', 'opinion:read'),
    ('STAFF', 'opinion:statistics'), ('LEADER', 'opinion:statistics'), ('ADMIN', 'opinion:statistics');
