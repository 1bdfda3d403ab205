-- Issue 18: more than one instance of the portal behind a proxy.
--
-- Sessions in PostgreSQL (Spring Session JDBC), so every instance knows every session: a login on one instance goes
-- on at another, and ending a user's sessions (blocked, new roles, new password) holds everywhere. The tables are
-- spring-session-jdbc's own schema for PostgreSQL (org/springframework/session/jdbc/schema-postgresql.sql, 4.0.x)
-- as it is; spring.session.jdbc.initialize-schema=never leaves them to Flyway. Expired rows are deleted by Spring
-- Session every minute (spring.session.jdbc.cleanup-cron), by each instance; the delete is harmless twice.
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- Scheduled jobs that must run once however many instances run them (shared/JobLease): whoever takes a job's row
-- while it is free runs the job; the row stays taken until locked_until, also after the run, so an instance whose
-- schedule fires a little later finds it taken. An instance that dies holds a job only until locked_until.
create table job_leases (
    name         varchar(100) primary key,
    locked_until timestamptz  not null,
    locked_at    timestamptz  not null,
    locked_by    varchar(200) not null
);
