-- An e-mail address for notices by e-mail (optional; without it a user gets notices in the inbox only).
alter table app_user add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
