-- A mobile number identifies one member within a committee (imports and edits refuse a second one); the index is the
-- backstop when two people save at the same time.
create unique index member_committee_mobile on member (committee_id, mobile) where mobile is not null;
-- The roster filters by these.
create index member_committee_special on member (committee_id, special_committee_id);
create index member_committee_party on member (committee_id, party_organisation_id);
