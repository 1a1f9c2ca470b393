-- Everyone signed in may read the organisation; only administrators maintain it (kept strict on purpose: staff ask an
-- administrator to add a handling unit or a sector).
insert into role_permission (role, permission) values
    ('MEMBER', 'organisation:read'), ('STAFF', 'organisation:read'), ('HANDLING_UNIT', 'organisation:read'),
    ('SUPERVISOR', 'organisation:read'), ('LEADER', 'organisation:read'), ('ADMIN', 'organisation:read'),
    ('INFORMATION_OFFICER', 'organisation:read'),
    ('ADMIN', 'organisation:manage');
