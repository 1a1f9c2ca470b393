-- Who may read the roster and who may maintain it (members see their own profile through later modules).
insert into role_permission (role, permission) values
    ('STAFF', 'member:read'), ('LEADER', 'member:read'), ('ADMIN', 'member:read'), ('SUPERVISOR', 'member:read'),
    ('STAFF', 'member:manage'), ('ADMIN', 'member:manage');
