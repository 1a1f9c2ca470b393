-- Who may do what with proposals. Data scope comes on top (ProposalScope): proposal:read-all sees the committee's
-- submitted proposals; without it a handling unit sees what is assigned to it, a member own, co-signed and public ones.
insert into role_permission (role, permission) values
    ('MEMBER', 'proposal:read'), ('STAFF', 'proposal:read'), ('HANDLING_UNIT', 'proposal:read'),
    ('SUPERVISOR', 'proposal:read'), ('LEADER', 'proposal:read'), ('ADMIN', 'proposal:read'),
    ('INFORMATION_OFFICER', 'proposal:read'),
    ('STAFF', 'proposal:read-all'), ('SUPERVISOR', 'proposal:read-all'), ('LEADER', 'proposal:read-all'),
    ('ADMIN', 'proposal:read-all'),
    ('MEMBER', 'proposal:submit'),
    ('MEMBER', 'proposal:evaluate'),
    ('STAFF', 'proposal:review'),
    ('STAFF', 'proposal:assign'),
    ('STAFF', 'proposal:manage'),
    ('HANDLING_UNIT', 'proposal:handle'),
    ('SUPERVISOR', 'proposal:supervise'),
    -- key and good proposals are chosen by the chairpersons' meeting; staff record the decision
    ('STAFF', 'proposal:key'),
    -- supervision events of key proposals: led by a leader, often recorded by staff
    ('LEADER', 'proposal:lead'), ('STAFF', 'proposal:lead');
