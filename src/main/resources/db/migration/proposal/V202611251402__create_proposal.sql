-- Proposals 提案: the aggregate, its signers and its history. Every table carries committee_id (the tenant); member,
-- unit, meeting and party ids point into other modules and carry no foreign key (modules own their tables).
create table proposal (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    meeting_id bigint,
    period text check (period in ('PLENARY', 'INTERSESSION')),
    running_no int,
    sequence_no int,
    official_number text,
    kind text not null check (kind in ('INDIVIDUAL', 'JOINT', 'COLLECTIVE')),
    collective_type text check (collective_type in ('PARTY', 'ORGANISATION', 'SECTOR', 'GROUP', 'SPECIAL_COMMITTEE')),
    party_organisation_id bigint,
    sector_id bigint,
    special_committee_id bigint,
    group_name text,
    contact_name text,
    contact_phone text,
    contact_address text,
    title text not null,
    grounds text not null default '',
    suggestions text not null default '',
    category text,
    suggested_unit_ids bigint[] not null default '{}',
    disclosure_consent boolean not null default true,
    disclosure_reason text,
    urgent boolean not null default false,
    clue_id bigint,
    status text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'WITHDRAWN', 'NOT_FILED', 'FILED', 'MERGED',
        'ASSIGNED', 'HANDLING', 'REPLIED', 'REHANDLING', 'EVALUATED', 'CONSULTATION', 'CLOSED')),
    merged_into bigint references proposal (id),
    return_reason text,
    not_filed_reason text,
    not_filed_note text,
    conversion text check (conversion in ('OPINION_SUGGESTION', 'PUBLIC_OPINION', 'MEMBER_LETTER')),
    conversion_ref text,
    key_proposal boolean not null default false,
    key_leader_id bigint,
    key_leader_name text,
    key_decision text,
    key_selected_at timestamptz,
    good_proposal boolean not null default false,
    good_year int,
    round int not null default 1,
    created_by bigint not null,
    created_at timestamptz not null default now(),
    submitted_at timestamptz,
    filed_at timestamptz,
    closed_at timestamptz,
    updated_at timestamptz not null default now(),
    version int not null default 0,
    unique (committee_id, running_no),
    unique (meeting_id, sequence_no),
    check ((sequence_no is null) = (official_number is null))
);
create index proposal_committee_status on proposal (committee_id, status);
create index proposal_meeting on proposal (meeting_id);
create index proposal_merged_into on proposal (merged_into);

-- Who signs a proposal: position 1 is the first proposer (LEAD); co-signers confirm or decline online.
create table proposal_signer (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id) on delete cascade,
    member_id bigint not null,
    position int not null,
    role text not null check (role in ('LEAD', 'CO_SIGNER')),
    confirmation text not null check (confirmation in ('PENDING', 'CONFIRMED', 'DECLINED')),
    invited_at timestamptz not null,
    responded_at timestamptz,
    deadline date,
    unique (proposal_id, member_id),
    unique (proposal_id, position)
);
create index proposal_signer_member on proposal_signer (member_id);

-- The history timeline: every step, with who, when and why. from_status = to_status for steps that change no state.
create table proposal_transition (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id) on delete cascade,
    action text not null,
    from_status text,
    to_status text not null,
    actor_id bigint,
    actor_name text,
    occurred_at timestamptz not null,
    reason text,
    unit_id bigint,
    member_id bigint,
    related_proposal_id bigint
);
create index proposal_transition_proposal on proposal_transition (proposal_id, occurred_at, id);

-- Counters: the running number per committee (at submit) and the official number per meeting (at filing). Updated
-- with "update ... returning" inside the writer's transaction, so concurrent filings queue on the row: no gaps, no
-- duplicates.
create table proposal_counter (
    committee_id bigint not null,
    counter_key text not null,
    last_value int not null default 0,
    primary key (committee_id, counter_key)
);

-- Assignment 交办 of a filed proposal to a handling unit.
create table proposal_assignment (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id),
    unit_id bigint not null,
    role text not null check (role in ('SOLE', 'LEAD', 'CO', 'SEPARATE')),
    status text not null check (status in ('PENDING', 'ACCEPTED', 'CONTESTED', 'WITHDRAWN')),
    batch text,
    assigned_at timestamptz not null,
    assigned_by bigint,
    contest_until date not null,
    accepted_at timestamptz,
    locked_at timestamptz,
    contested_at timestamptz,
    contest_reason text,
    resolution_reason text,
    replaced_by bigint references proposal_assignment (id),
    deadline date not null,
    original_deadline date not null,
    extension_until date,
    extension_reason text,
    extension_requested_at timestamptz,
    extension_decided_by bigint,
    extension_decided_by_name text,
    extension_decided_at timestamptz,
    extension_approved boolean,
    round int not null default 1,
    version int not null default 0
);
create index proposal_assignment_proposal on proposal_assignment (proposal_id);
create index proposal_assignment_unit on proposal_assignment (unit_id, status);
create unique index proposal_assignment_active_unit on proposal_assignment (proposal_id, unit_id)
    where status <> 'WITHDRAWN';

-- Opinions a co-unit sends to the lead unit.
create table proposal_opinion (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id),
    assignment_id bigint not null references proposal_assignment (id),
    unit_id bigint not null,
    round int not null,
    text text not null,
    sent_at timestamptz not null,
    sent_by bigint
);
create index proposal_opinion_proposal on proposal_opinion (proposal_id);

-- A unit's reply 答复, one per assignment and round; drafts are counter-signed by co-units before they go out.
create table proposal_reply (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id),
    assignment_id bigint not null references proposal_assignment (id),
    unit_id bigint not null,
    round int not null,
    status text not null check (status in ('DRAFT', 'SUBMITTED')),
    reply_class text not null check (reply_class in ('A', 'B', 'C')),
    letter text not null,
    document_number text not null,
    signer text not null,
    revision int not null default 1,
    drafted_at timestamptz not null,
    replied_at timestamptz,
    review_status text not null default 'PENDING' check (review_status in ('PENDING', 'APPROVED', 'CLASS_CHANGED')),
    reviewed_class text check (reviewed_class in ('A', 'B', 'C')),
    review_reason text,
    reviewed_by bigint,
    reviewed_by_name text,
    reviewed_at timestamptz,
    disclosure_mode text check (disclosure_mode in ('FULL', 'SUMMARY', 'NONE')),
    disclosure_summary text,
    published_at timestamptz,
    version int not null default 0,
    unique (assignment_id, round)
);
create index proposal_reply_proposal on proposal_reply (proposal_id);

create table proposal_countersign (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    reply_id bigint not null references proposal_reply (id),
    assignment_id bigint not null references proposal_assignment (id),
    unit_id bigint not null,
    revision int not null,
    signed_at timestamptz not null,
    signed_by bigint,
    unique (reply_id, assignment_id, revision)
);

-- Satisfaction 满意度测评: one per signer and reply (member_id null: a collective proposer, entered by staff).
create table proposal_evaluation (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id),
    reply_id bigint not null references proposal_reply (id),
    round int not null,
    member_id bigint,
    lead boolean not null,
    satisfaction text not null check (satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    contacted boolean not null,
    contact_method text not null check (contact_method in ('VISIT', 'PHONE', 'OTHER', 'NONE')),
    attitude text not null check (attitude in ('SATISFIED', 'UNDERSTANDING', 'DISSATISFIED')),
    pertinence text not null check (pertinence in ('ON_POINT', 'MOSTLY', 'NOT_ON_POINT')),
    agreement text not null check (agreement in ('AGREE', 'UNDERSTAND', 'RESERVE', 'DISAGREE')),
    comment text,
    on_paper boolean not null default false,
    entered_by bigint,
    evaluated_at timestamptz not null,
    unique nulls not distinct (reply_id, member_id)
);
create index proposal_evaluation_proposal on proposal_evaluation (proposal_id);

-- A re-handling round opened by a 不满意 evaluation, per unit.
create table proposal_rehandling (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id),
    assignment_id bigint not null references proposal_assignment (id),
    unit_id bigint not null,
    round int not null,
    opened_at timestamptz not null,
    deadline date not null
);

-- The face-to-face consultation 当面协商 after a second 不满意.
create table proposal_consultation (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id),
    held_on date not null,
    place text not null,
    participants text not null,
    outcome text not null,
    recorded_by bigint,
    recorded_at timestamptz not null
);

-- Supervision of key proposals: forums, research visits, inspections, handling-consultation meetings.
create table proposal_supervision (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id),
    kind text not null check (kind in ('FORUM', 'RESEARCH', 'INSPECTION', 'HANDLING_CONSULTATION')),
    held_on date not null,
    place text not null,
    parties text[] not null,
    attendees text,
    minutes text not null,
    recorded_by bigint,
    recorded_at timestamptz not null
);
create index proposal_supervision_proposal on proposal_supervision (proposal_id);

-- Cross-year follow-up of B-class replies 跨年度追踪.
create table proposal_follow_up (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    proposal_id bigint not null references proposal (id),
    reply_id bigint not null references proposal_reply (id),
    unit_id bigint not null,
    year int not null,
    progress text not null,
    resolved boolean not null default false,
    recorded_by bigint,
    recorded_at timestamptz not null
);

-- The topic catalogue 选题参考目录 members choose from, and the public's clues 提案线索 screened into it.
create table proposal_topic (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    year int not null,
    title text not null,
    category text,
    description text,
    created_by bigint,
    created_at timestamptz not null default now()
);

create table proposal_clue (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    name text not null,
    contact text not null,
    title text not null,
    text text not null check (char_length(text) <= 300),
    status text not null check (status in ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
    submitted_at timestamptz not null,
    topic_id bigint references proposal_topic (id),
    screening_reason text,
    screened_by bigint,
    screened_at timestamptz,
    version int not null default 0
);
create index proposal_clue_committee_status on proposal_clue (committee_id, status);
