package dev.olifant.catalog.system;

/** PostgreSQL 15's column lists (name:typname) of the pg_catalog relations Olifant provides. */
final class Specs {
    static final String PG_AM = "oid:oid amname:name amhandler:regproc amtype:char ";
    static final String PG_ATTRDEF = "oid:oid adrelid:oid adnum:int2 adbin:pg_node_tree ";
    static final String PG_ATTRIBUTE = "attrelid:oid attname:name atttypid:oid attstattarget:int4 attlen:int2 attnum:int2 "
            + "attndims:int4 attcacheoff:int4 atttypmod:int4 attbyval:bool attalign:char attstorage:char "
            + "attcompression:char attnotnull:bool atthasdef:bool atthasmissing:bool attidentity:char "
            + "attgenerated:char attisdropped:bool attislocal:bool attinhcount:int4 attcollation:oid "
            + "attacl:_aclitem attoptions:_text attfdwoptions:_text attmissingval:anyarray ";
    static final String PG_AUTH_MEMBERS = "roleid:oid member:oid grantor:oid admin_option:bool ";
    static final String PG_AUTHID = "oid:oid rolname:name rolsuper:bool rolinherit:bool rolcreaterole:bool rolcreatedb:bool "
            + "rolcanlogin:bool rolreplication:bool rolbypassrls:bool rolconnlimit:int4 rolpassword:text "
            + "rolvaliduntil:timestamptz ";
    static final String PG_CLASS = "oid:oid relname:name relnamespace:oid reltype:oid reloftype:oid relowner:oid relam:oid "
            + "relfilenode:oid reltablespace:oid relpages:int4 reltuples:float4 relallvisible:int4 "
            + "reltoastrelid:oid relhasindex:bool relisshared:bool relpersistence:char relkind:char "
            + "relnatts:int2 relchecks:int2 relhasrules:bool relhastriggers:bool relhassubclass:bool "
            + "relrowsecurity:bool relforcerowsecurity:bool relispopulated:bool relreplident:char "
            + "relispartition:bool relrewrite:oid relfrozenxid:xid relminmxid:xid relacl:_aclitem "
            + "reloptions:_text relpartbound:pg_node_tree ";
    static final String PG_COLLATION = "oid:oid collname:name collnamespace:oid collowner:oid collprovider:char "
            + "collisdeterministic:bool collencoding:int4 collcollate:text collctype:text "
            + "colliculocale:text collversion:text ";
    static final String PG_CONSTRAINT = "oid:oid conname:name connamespace:oid contype:char condeferrable:bool condeferred:bool "
            + "convalidated:bool conrelid:oid contypid:oid conindid:oid conparentid:oid confrelid:oid "
            + "confupdtype:char confdeltype:char confmatchtype:char conislocal:bool coninhcount:int4 "
            + "connoinherit:bool conkey:_int2 confkey:_int2 conpfeqop:_oid conppeqop:_oid conffeqop:_oid "
            + "confdelsetcols:_int2 conexclop:_oid conbin:pg_node_tree ";
    static final String PG_DATABASE = "oid:oid datname:name datdba:oid encoding:int4 datlocprovider:char datistemplate:bool "
            + "datallowconn:bool datconnlimit:int4 datfrozenxid:xid datminmxid:xid dattablespace:oid "
            + "datcollate:text datctype:text daticulocale:text datcollversion:text datacl:_aclitem ";
    static final String PG_DB_ROLE_SETTING = "setdatabase:oid setrole:oid setconfig:_text ";
    static final String PG_DEFAULT_ACL = "oid:oid defaclrole:oid defaclnamespace:oid defaclobjtype:char defaclacl:_aclitem ";
    static final String PG_DEPEND = "classid:oid objid:oid objsubid:int4 refclassid:oid refobjid:oid refobjsubid:int4 "
            + "deptype:char ";
    static final String PG_DESCRIPTION = "objoid:oid classoid:oid objsubid:int4 description:text ";
    static final String PG_ENUM = "oid:oid enumtypid:oid enumsortorder:float4 enumlabel:name ";
    static final String PG_EVENT_TRIGGER = "oid:oid evtname:name evtevent:name evtowner:oid evtfoid:oid evtenabled:char evttags:_text ";
    static final String PG_EXTENSION = "oid:oid extname:name extowner:oid extnamespace:oid extrelocatable:bool extversion:text "
            + "extconfig:_oid extcondition:_text ";
    static final String PG_FOREIGN_DATA_WRAPPER = "oid:oid fdwname:name fdwowner:oid fdwhandler:oid fdwvalidator:oid fdwacl:_aclitem "
            + "fdwoptions:_text ";
    static final String PG_FOREIGN_SERVER = "oid:oid srvname:name srvowner:oid srvfdw:oid srvtype:text srvversion:text srvacl:_aclitem "
            + "srvoptions:_text ";
    static final String PG_FOREIGN_TABLE = "ftrelid:oid ftserver:oid ftoptions:_text ";
    static final String PG_INDEX = "indexrelid:oid indrelid:oid indnatts:int2 indnkeyatts:int2 indisunique:bool "
            + "indnullsnotdistinct:bool indisprimary:bool indisexclusion:bool indimmediate:bool "
            + "indisclustered:bool indisvalid:bool indcheckxmin:bool indisready:bool indislive:bool "
            + "indisreplident:bool indkey:int2vector indcollation:oidvector indclass:oidvector "
            + "indoption:int2vector indexprs:pg_node_tree indpred:pg_node_tree ";
    static final String PG_INDEXES = "schemaname:name tablename:name indexname:name tablespace:name indexdef:text ";
    static final String PG_INHERITS = "inhrelid:oid inhparent:oid inhseqno:int4 inhdetachpending:bool ";
    static final String PG_LANGUAGE = "oid:oid lanname:name lanowner:oid lanispl:bool lanpltrusted:bool lanplcallfoid:oid "
            + "laninline:oid lanvalidator:oid lanacl:_aclitem ";
    static final String PG_MATVIEWS = "schemaname:name matviewname:name matviewowner:name tablespace:name hasindexes:bool "
            + "ispopulated:bool definition:text ";
    static final String PG_NAMESPACE = "oid:oid nspname:name nspowner:oid nspacl:_aclitem ";
    static final String PG_PARTITIONED_TABLE = "partrelid:oid partstrat:char partnatts:int2 partdefid:oid partattrs:int2vector "
            + "partclass:oidvector partcollation:oidvector partexprs:pg_node_tree ";
    static final String PG_POLICY = "oid:oid polname:name polrelid:oid polcmd:char polpermissive:bool polroles:_oid "
            + "polqual:pg_node_tree polwithcheck:pg_node_tree ";
    static final String PG_PROC = "oid:oid proname:name pronamespace:oid proowner:oid prolang:oid procost:float4 "
            + "prorows:float4 provariadic:oid prosupport:regproc prokind:char prosecdef:bool "
            + "proleakproof:bool proisstrict:bool proretset:bool provolatile:char proparallel:char "
            + "pronargs:int2 pronargdefaults:int2 prorettype:oid proargtypes:oidvector "
            + "proallargtypes:_oid proargmodes:_char proargnames:_text proargdefaults:pg_node_tree "
            + "protrftypes:_oid prosrc:text probin:text prosqlbody:pg_node_tree proconfig:_text "
            + "proacl:_aclitem ";
    static final String PG_PUBLICATION = "oid:oid pubname:name pubowner:oid puballtables:bool pubinsert:bool pubupdate:bool "
            + "pubdelete:bool pubtruncate:bool pubviaroot:bool ";
    static final String PG_PUBLICATION_NAMESPACE = "oid:oid pnpubid:oid pnnspid:oid ";
    static final String PG_PUBLICATION_REL = "oid:oid prpubid:oid prrelid:oid prqual:pg_node_tree prattrs:int2vector ";
    static final String PG_RANGE = "rngtypid:oid rngsubtype:oid rngmultitypid:oid rngcollation:oid rngsubopc:oid "
            + "rngcanonical:regproc rngsubdiff:regproc ";
    static final String PG_REWRITE = "oid:oid rulename:name ev_class:oid ev_type:char ev_enabled:char is_instead:bool "
            + "ev_qual:pg_node_tree ev_action:pg_node_tree ";
    static final String PG_ROLES = "rolname:name rolsuper:bool rolinherit:bool rolcreaterole:bool rolcreatedb:bool "
            + "rolcanlogin:bool rolreplication:bool rolconnlimit:int4 rolpassword:text "
            + "rolvaliduntil:timestamptz rolbypassrls:bool rolconfig:_text oid:oid ";
    static final String PG_SEQUENCE = "seqrelid:oid seqtypid:oid seqstart:int8 seqincrement:int8 seqmax:int8 seqmin:int8 "
            + "seqcache:int8 seqcycle:bool ";
    static final String PG_SEQUENCES = "schemaname:name sequencename:name sequenceowner:name data_type:regtype start_value:int8 "
            + "min_value:int8 max_value:int8 increment_by:int8 cycle:bool cache_size:int8 "
            + "last_value:int8 ";
    static final String PG_SETTINGS = "name:text setting:text unit:text category:text short_desc:text extra_desc:text "
            + "context:text vartype:text source:text min_val:text max_val:text enumvals:_text "
            + "boot_val:text reset_val:text sourcefile:text sourceline:int4 pending_restart:bool ";
    static final String PG_SHDESCRIPTION = "objoid:oid classoid:oid description:text ";
    static final String PG_STATISTIC_EXT = "oid:oid stxrelid:oid stxname:name stxnamespace:oid stxowner:oid stxstattarget:int4 "
            + "stxkeys:int2vector stxkind:_char stxexprs:pg_node_tree ";
    static final String PG_TABLES = "schemaname:name tablename:name tableowner:name tablespace:name hasindexes:bool "
            + "hasrules:bool hastriggers:bool rowsecurity:bool ";
    static final String PG_TABLESPACE = "oid:oid spcname:name spcowner:oid spcacl:_aclitem spcoptions:_text ";
    static final String PG_TRIGGER = "oid:oid tgrelid:oid tgparentid:oid tgname:name tgfoid:oid tgtype:int2 tgenabled:char "
            + "tgisinternal:bool tgconstrrelid:oid tgconstrindid:oid tgconstraint:oid tgdeferrable:bool "
            + "tginitdeferred:bool tgnargs:int2 tgattr:int2vector tgargs:bytea tgqual:pg_node_tree "
            + "tgoldtable:name tgnewtable:name ";
    static final String PG_TYPE = "oid:oid typname:name typnamespace:oid typowner:oid typlen:int2 typbyval:bool typtype:char "
            + "typcategory:char typispreferred:bool typisdefined:bool typdelim:char typrelid:oid "
            + "typsubscript:regproc typelem:oid typarray:oid typinput:regproc typoutput:regproc "
            + "typreceive:regproc typsend:regproc typmodin:regproc typmodout:regproc typanalyze:regproc "
            + "typalign:char typstorage:char typnotnull:bool typbasetype:oid typtypmod:int4 "
            + "typndims:int4 typcollation:oid typdefaultbin:pg_node_tree typdefault:text typacl:_aclitem ";
    static final String PG_USER = "usename:name usesysid:oid usecreatedb:bool usesuper:bool userepl:bool usebypassrls:bool "
            + "passwd:text valuntil:timestamptz useconfig:_text ";
    static final String PG_VIEWS = "schemaname:name viewname:name viewowner:name definition:text ";

    /* information_schema views; the domains over name, varchar and int4 as their base types. */
    static final String IS_CHECK_CONSTRAINTS = "constraint_catalog:name constraint_schema:name constraint_name:name check_clause:varchar ";
    static final long IS_CHECK_CONSTRAINTS_OID = 13260;
    static final String IS_COLUMNS = "table_catalog:name table_schema:name table_name:name column_name:name "
            + "ordinal_position:int4 column_default:varchar is_nullable:varchar data_type:varchar "
            + "character_maximum_length:int4 character_octet_length:int4 numeric_precision:int4 "
            + "numeric_precision_radix:int4 numeric_scale:int4 datetime_precision:int4 "
            + "interval_type:varchar interval_precision:int4 character_set_catalog:name "
            + "character_set_schema:name character_set_name:name collation_catalog:name "
            + "collation_schema:name collation_name:name domain_catalog:name domain_schema:name "
            + "domain_name:name udt_catalog:name udt_schema:name udt_name:name scope_catalog:name "
            + "scope_schema:name scope_name:name maximum_cardinality:int4 dtd_identifier:name "
            + "is_self_referencing:varchar is_identity:varchar identity_generation:varchar "
            + "identity_start:varchar identity_increment:varchar identity_maximum:varchar "
            + "identity_minimum:varchar identity_cycle:varchar is_generated:varchar "
            + "generation_expression:varchar is_updatable:varchar ";
    static final long IS_COLUMNS_OID = 13295;
    static final String IS_KEY_COLUMN_USAGE = "constraint_catalog:name constraint_schema:name constraint_name:name table_catalog:name "
            + "table_schema:name table_name:name column_name:name ordinal_position:int4 "
            + "position_in_unique_constraint:int4 ";
    static final long IS_KEY_COLUMN_USAGE_OID = 13329;
    static final String IS_REFERENTIAL_CONSTRAINTS = "constraint_catalog:name constraint_schema:name constraint_name:name "
            + "unique_constraint_catalog:name unique_constraint_schema:name unique_constraint_name:name "
            + "match_option:varchar update_rule:varchar delete_rule:varchar ";
    static final long IS_REFERENTIAL_CONSTRAINTS_OID = 13339;
    static final String IS_SCHEMATA = "catalog_name:name schema_name:name schema_owner:name default_character_set_catalog:name "
            + "default_character_set_schema:name default_character_set_name:name sql_path:varchar ";
    static final long IS_SCHEMATA_OID = 13382;
    static final String IS_SEQUENCES = "sequence_catalog:name sequence_schema:name sequence_name:name data_type:varchar "
            + "numeric_precision:int4 numeric_precision_radix:int4 numeric_scale:int4 "
            + "start_value:varchar minimum_value:varchar maximum_value:varchar increment:varchar "
            + "cycle_option:varchar ";
    static final long IS_SEQUENCES_OID = 13386;
    static final String IS_TABLE_CONSTRAINTS = "constraint_catalog:name constraint_schema:name constraint_name:name table_catalog:name "
            + "table_schema:name table_name:name constraint_type:varchar is_deferrable:varchar "
            + "initially_deferred:varchar enforced:varchar nulls_distinct:varchar ";
    static final long IS_TABLE_CONSTRAINTS_OID = 13411;
    static final String IS_TABLES = "table_catalog:name table_schema:name table_name:name table_type:varchar "
            + "self_referencing_column_name:name reference_generation:varchar "
            + "user_defined_type_catalog:name user_defined_type_schema:name user_defined_type_name:name "
            + "is_insertable_into:varchar is_typed:varchar commit_action:varchar ";
    static final long IS_TABLES_OID = 13425;
    static final String IS_VIEWS = "table_catalog:name table_schema:name table_name:name view_definition:varchar "
            + "check_option:varchar is_updatable:varchar is_insertable_into:varchar "
            + "is_trigger_updatable:varchar is_trigger_deletable:varchar "
            + "is_trigger_insertable_into:varchar ";
    static final long IS_VIEWS_OID = 13483;

    private Specs() {
    }
}
