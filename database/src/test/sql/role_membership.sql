-- GRANT role TO role and REVOKE role FROM role: who may, their notices, warnings and errors,
-- and where memberships show (pg_auth_members, \du, pg_has_role, privileges, SET ROLE).
-- Roles are cluster-wide: the names are unique to this file and dropped at its end.
CREATE ROLE rm_group;
CREATE ROLE rm_team;
CREATE ROLE rm_user LOGIN;
CREATE ROLE rm_other LOGIN;
CREATE ROLE rm_noinherit NOINHERIT LOGIN;
CREATE ROLE rm_creator CREATEROLE;
CREATE ROLE rm_super SUPERUSER;
CREATE VIEW rm_members AS
  SELECT r.rolname AS role, m.rolname AS member, g.rolname AS grantor, a.admin_option
    FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
    LEFT JOIN pg_roles g ON g.oid = a.grantor
   WHERE r.rolname LIKE 'rm\_%' OR m.rolname LIKE 'rm\_%';

-- granting, again, with and without ADMIN OPTION
GRANT rm_group TO rm_user;
GRANT rm_group TO rm_user;
GRANT rm_group TO rm_user WITH ADMIN OPTION;
GRANT rm_group TO rm_user WITH ADMIN OPTION;
GRANT rm_group TO rm_user;
GRANT rm_group, rm_team TO rm_other, rm_other;
GRANT rm_team TO CURRENT_USER;
GRANT rm_team TO CURRENT_ROLE, SESSION_USER;
SELECT * FROM rm_members ORDER BY 1, 2;
\du rm_*

-- membership loops, unknown roles, what the grammar refuses
GRANT rm_user TO rm_group;
GRANT rm_group TO rm_group;
GRANT rm_group TO rm_team;
GRANT rm_other TO rm_group;
GRANT rm_nosuch TO rm_user;
GRANT rm_group TO rm_nosuch;
GRANT rm_nosuch TO rm_nosuch2;
GRANT rm_group, rm_nosuch TO rm_user;
GRANT rm_group TO PUBLIC;
GRANT rm_group TO "public";
GRANT public TO rm_user;
GRANT select TO rm_user;
GRANT rm_group TO rm_user GRANTED BY rm_nosuch;
GRANT rm_group (a) TO rm_user;
GRANT pg_database_owner TO rm_user;
GRANT rm_group TO rm_other, pg_database_owner;
GRANT CURRENT_USER TO rm_user;
GRANT ALL TO rm_user;
GRANT rm_group TO GROUP rm_user;
GRANT rm_group TO rm_user WITH GRANT OPTION;
REVOKE GRANT OPTION FOR rm_group FROM rm_user;
REVOKE rm_nosuch FROM rm_user;
REVOKE rm_group FROM rm_nosuch;
SELECT * FROM rm_members ORDER BY 1, 2;

-- who may grant: ADMIN OPTION (also through another role), CREATEROLE, superusers
SET ROLE rm_other;
GRANT rm_group TO rm_noinherit;
REVOKE rm_group FROM rm_user;
RESET ROLE;
SET ROLE rm_user;
GRANT rm_group TO rm_noinherit;
GRANT rm_group TO rm_noinherit GRANTED BY CURRENT_USER;
GRANT rm_group TO rm_noinherit GRANTED BY rm_other;
GRANT rm_group TO rm_noinherit GRANTED BY postgres;
GRANT rm_team TO rm_noinherit;
GRANT rm_super TO rm_noinherit;
GRANT rm_user TO rm_noinherit;
REVOKE ADMIN OPTION FOR rm_group FROM rm_user;
REVOKE rm_group FROM rm_noinherit;
RESET ROLE;
GRANT rm_group TO rm_team WITH ADMIN OPTION;
SET ROLE rm_other;
GRANT rm_group TO rm_noinherit;
REVOKE rm_group FROM rm_noinherit;
REVOKE rm_group FROM rm_noinherit;
RESET ROLE;
SET ROLE rm_creator;
GRANT rm_group TO rm_noinherit;
GRANT rm_creator TO rm_noinherit;
GRANT rm_super TO rm_user;
REVOKE rm_super FROM rm_user;
GRANT rm_group TO rm_user GRANTED BY rm_user;
GRANT pg_database_owner TO rm_user GRANTED BY rm_user;
RESET ROLE;
GRANT rm_super TO rm_user;
GRANT rm_group TO rm_other WITH ADMIN OPTION GRANTED BY rm_user;
REVOKE rm_super FROM rm_user GRANTED BY rm_nosuch CASCADE;
REVOKE ADMIN OPTION FOR rm_group FROM rm_other RESTRICT;
BEGIN READ ONLY;
REVOKE rm_group FROM rm_user;
ROLLBACK;
SELECT * FROM rm_members ORDER BY 1, 2;

-- pg_has_role: USAGE follows INHERIT, MEMBER does not
SELECT pg_has_role('rm_user', 'rm_group', 'USAGE') AS usage, pg_has_role('rm_user', 'rm_group', 'MEMBER') AS member,
       pg_has_role('rm_user', 'rm_group', 'MEMBER WITH ADMIN OPTION') AS admin;
SELECT pg_has_role('rm_noinherit', 'rm_group', 'USAGE') AS usage,
       pg_has_role('rm_noinherit', 'rm_group', 'member') AS member,
       pg_has_role('rm_noinherit', 'rm_group', ' usage , member ') AS either;
SELECT pg_has_role('rm_other', 'rm_group', 'USAGE WITH GRANT OPTION') AS other,
       pg_has_role('rm_team', 'rm_team', 'MEMBER WITH ADMIN OPTION') AS self,
       pg_has_role('rm_super', 'rm_group', 'MEMBER WITH ADMIN OPTION') AS super;
SELECT pg_has_role('rm_group', 'MEMBER') AS mine,
       pg_has_role((SELECT oid FROM pg_roles WHERE rolname = 'rm_user'), 'rm_group', 'USAGE') AS by_oid;
SELECT pg_has_role('rm_user', 'rm_group', 'CREATE');
SELECT pg_has_role('rm_nosuch', 'rm_group', 'USAGE');

-- table privileges and ownership through a granted role, and SET ROLE
CREATE TABLE rm_t (a int);
INSERT INTO rm_t VALUES (1);
GRANT SELECT ON rm_t TO rm_group;
CREATE TABLE rm_owned (a int);
ALTER TABLE rm_owned OWNER TO rm_group;
SET SESSION AUTHORIZATION rm_user;
SELECT * FROM rm_t;
GRANT SELECT ON rm_owned TO rm_other;
SET ROLE rm_group;
SELECT current_user;
SET ROLE rm_team;
RESET ROLE;
SET SESSION AUTHORIZATION rm_noinherit;
SELECT * FROM rm_t;
GRANT INSERT ON rm_owned TO rm_other;
SET ROLE rm_group;
SELECT * FROM rm_t;
GRANT INSERT ON rm_owned TO rm_other;
RESET ROLE;
RESET SESSION AUTHORIZATION;
SELECT relacl FROM pg_class WHERE relname = 'rm_owned';
REVOKE rm_group FROM rm_user;
SET SESSION AUTHORIZATION rm_user;
SELECT * FROM rm_t;
SET ROLE rm_group;
RESET SESSION AUTHORIZATION;
\du rm_*

-- CREATE ROLE's IN ROLE, ADMIN and ROLE follow GRANT's rules; a failing one creates no role
CREATE ROLE rm_new1 ROLE rm_new1;
CREATE ROLE rm_new1 IN ROLE rm_team, rm_team;
CREATE ROLE rm_new2 IN ROLE pg_database_owner;
CREATE ROLE rm_new2 ROLE pg_database_owner;
CREATE ROLE rm_new2 ROLE rm_nosuch;
CREATE ROLE rm_new2 ADMIN rm_user ROLE rm_user, rm_other;
SET ROLE rm_creator;
CREATE ROLE rm_new3 IN ROLE rm_super;
CREATE ROLE rm_new3 IN ROLE rm_group ROLE rm_creator;
RESET ROLE;
SELECT rolname FROM pg_roles WHERE rolname LIKE 'rm\_new%' ORDER BY 1;
SELECT * FROM rm_members WHERE role LIKE 'rm\_new%' OR member LIKE 'rm\_new%' ORDER BY 1, 2;
DROP ROLE rm_new1, rm_new2, rm_new3;

-- DROP ROLE takes its memberships in both directions with it
DROP TABLE rm_t, rm_owned;
DROP ROLE rm_group;
SELECT * FROM rm_members ORDER BY 1, 2;
DROP ROLE rm_team;
DROP ROLE rm_user, rm_other, rm_noinherit, rm_creator, rm_super;
SELECT * FROM rm_members ORDER BY 1, 2;
DROP VIEW rm_members;
