-- Clues left through the public form, counted per client address and per contact so that every application node
-- applies the same limit. Only hashes are kept: the count needs no personal data (the clue itself is in proposal_clue).
create table portal_clue_attempt (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    client_hash text not null,
    contact_hash text not null,
    attempted_at timestamptz not null default now()
);
create index portal_clue_attempt_client on portal_clue_attempt (client_hash, attempted_at);
create index portal_clue_attempt_contact on portal_clue_attempt (contact_hash, attempted_at);
