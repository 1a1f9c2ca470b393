create table member (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    name text not null,
    sex text not null check (sex in ('MALE', 'FEMALE')),
    ethnicity text not null,
    birth_date date,
    political_affiliation text not null,
    party_organisation_id bigint,
    sector_id bigint not null,
    special_committee_id bigint,
    standing_committee boolean not null default false,
    employer text,
    post text,
    mobile text,
    email text,
    address text,
    expertise text,
    active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version int not null default 0
);
create index member_committee_name on member (committee_id, name);
create index member_committee_sector on member (committee_id, sector_id);

-- Which terms a member served (a member may be re-appointed).
create table member_term (
    member_id bigint not null references member (id) on delete cascade,
    term_id bigint not null,
    primary key (member_id, term_id)
);
