-- ASP.NET Core Data Protection's key ring (it protects the sign-in session cookie and the sign-in's correlation
-- cookies), shared by every instance on the database so a cookie made by one is read by another. One row per key
-- element, as the framework writes it (XML); keys are never updated, only added.

CREATE TABLE data_protection_keys (
    friendly_name text NOT NULL PRIMARY KEY,
    xml           text NOT NULL,
    created_at    bigint NOT NULL
);
