-- The proposal statistics (page, list behind each figure, export, API): the office, leaders, supervisors, admins.
insert into role_permission (role, permission) values
    ('STAFF', 'proposal:statistics'), ('LEADER', 'proposal:statistics'), ('SUPERVISOR', 'proposal:statistics'),
    ('ADMIN', 'proposal:statistics');
