-- The committee is the tenant: every business table carries committee_id.
create table committee (
    id bigint generated always as identity primary key,
    parent_id bigint references committee (id),
    name text not null,
    short_name text not null,
    level text not null check (level in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')),
    region text not null,
    direct_reporting_point boolean not null default false,
    sort_order int not null default 0,
    created_at timestamptz not null default now(),
    version int not null default 0,
    unique (parent_id, name)
);

create table term (
    id bigint generated always as identity primary key,
    committee_id bigint not null references committee (id),
    number int not null check (number between 1 and 99),
    start_year int not null,
    end_year int not null,
    version int not null default 0,
    unique (committee_id, number),
    check (end_year >= start_year)
);

create table meeting (
    id bigint generated always as identity primary key,
    committee_id bigint not null references committee (id),
    term_id bigint not null references term (id),
    number int not null check (number between 1 and 20),
    opened_on date not null,
    closed_on date not null,
    version int not null default 0,
    unique (term_id, number),
    check (closed_on >= opened_on)
);

create table sector (
    id bigint generated always as identity primary key,
    committee_id bigint not null references committee (id),
    name text not null,
    sort_order int not null default 0,
    version int not null default 0,
    unique (committee_id, name)
);

create table special_committee (
    id bigint generated always as identity primary key,
    committee_id bigint not null references committee (id),
    name text not null,
    sort_order int not null default 0,
    version int not null default 0,
    unique (committee_id, name)
);

-- Democratic parties, the federation of industry and commerce, and people's organisations: they submit collective
-- proposals and public-opinion reports.
create table party_organisation (
    id bigint generated always as identity primary key,
    committee_id bigint not null references committee (id),
    name text not null,
    kind text not null check (kind in ('DEMOCRATIC_PARTY', 'FEDERATION_OF_INDUSTRY_AND_COMMERCE', 'PEOPLES_ORGANISATION')),
    sort_order int not null default 0,
    version int not null default 0,
    unique (committee_id, name)
);

create table handling_unit (
    id bigint generated always as identity primary key,
    committee_id bigint not null references committee (id),
    name text not null,
    kind text not null check (kind in ('GOVERNMENT', 'PARTY', 'JUDICIAL', 'ENTERPRISE', 'OTHER')),
    contact_person text,
    contact_phone text,
    active boolean not null default true,
    sort_order int not null default 0,
    version int not null default 0,
    unique (committee_id, name)
);

-- Administrative divisions below the committee: district/county and parks, towns/streets, villages/communities.
create table division (
    id bigint generated always as identity primary key,
    committee_id bigint not null references committee (id),
    parent_id bigint references division (id),
    code text not null,
    name text not null,
    level text not null check (level in ('COUNTY', 'TOWN', 'VILLAGE')),
    kind text not null check (kind in ('DISTRICT', 'COUNTY', 'PARK', 'TOWN', 'TOWNSHIP', 'STREET', 'VILLAGE', 'COMMUNITY')),
    version int not null default 0,
    unique (committee_id, code)
);
create index division_parent on division (committee_id, parent_id);

-- Sort committees top-down in lists.
create function level_rank(level text) returns int language sql immutable as $$
    select case level when 'NATIONAL' then 0 when 'PROVINCIAL' then 1 when 'MUNICIPAL' then 2 else 3 end
$$;
