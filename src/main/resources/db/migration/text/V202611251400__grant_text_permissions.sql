-- The text services (normalise imported text, convert between scripts) change no data: every role may call them.
insert into role_permission (role, permission) values
    ('MEMBER', 'text:use'), ('STAFF', 'text:use'), ('HANDLING_UNIT', 'text:use'), ('SUPERVISOR', 'text:use'),
    ('LEADER', 'text:use'), ('ADMIN', 'text:use'), ('INFORMATION_OFFICER', 'text:use');
